package dev.resumable.bench;

import dev.resumable.Engine;
import dev.resumable.bench.OrderTracking.Customer;
import dev.resumable.bench.OrderTracking.Line;
import dev.resumable.bench.OrderTracking.StatusUpdate;
import dev.resumable.store.h2.H2Store;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How big the H2 file grows over many completed instances: without retention and with it, as
 * the engine leaves it when it closes and after {@link H2Store#compact}. Each instance is P3's
 * order, started and then completed by its "delivered" update (two durable commits). The engine's
 * clock moves one second per instance, so a retention of {@code keep} seconds keeps about that
 * many ended instances; retention runs after every batch, as the timer thread would. Prints a
 * Markdown table. With {@code reclaimSpace}, {@link H2Store#reclaimSpace} runs after each batch of
 * 10,000 instances.
 *
 * <p>{@code mvn -Pstore-growth -DskipTests -pl bench -am verify} runs it with 100,000 instances;
 * the main class takes the count and the retention in seconds as arguments.
 */
public final class StoreGrowth {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final int THREADS = 8;
  private static final int BATCH = 10_000;

  private StoreGrowth() {}

  public static void main(String[] args) throws Exception {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long keepSeconds = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
    Path dir = Files.createTempDirectory("store-growth");
    List<String> rows = new ArrayList<>();
    rows.add("| retention | reclaimSpace | after 10% | after 50% | after 100% | closed | compacted"
        + " | compacting took |");
    rows.add("|---|---|---|---|---|---|---|---|");
    Duration keep = Duration.ofSeconds(keepSeconds);
    rows.add(run(dir.resolve("kept"), instances, null, false));
    rows.add(run(dir.resolve("retained"), instances, keep, false));
    rows.add(run(dir.resolve("kept-reclaimed"), instances, null, true));
    rows.add(run(dir.resolve("retained-reclaimed"), instances, keep, true));
    System.out.println();
    System.out.println(instances + " completed instances, " + THREADS + " threads; file sizes in MB");
    rows.forEach(System.out::println);
  }

  private static String run(Path base, int instances, Duration keep, boolean reclaim)
      throws Exception {
    AtomicLong seconds = new AtomicLong();
    Clock clock = new Clock() {
      @Override
      public Instant instant() {
        return START.plusSeconds(seconds.get());
      }

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }
    };
    Path file = base.resolveSibling(base.getFileName() + H2Store.FILE_SUFFIX);
    List<String> sizes = new ArrayList<>();
    H2Store store = H2Store.open(base);
    Engine.Builder builder = Engine.builder().store(store).clock(clock);
    try (Engine engine = keep == null ? builder.build() : builder.retention(keep).build()) {
      Resumer resumer = Resumer.on(engine);
      Customer customer = new Customer("Ada Lovelace", "ada@example.com", "GB");
      List<Line> lines = List.of(new Line("SKU-1", 2, new BigDecimal("9.99")),
          new Line("SKU-2", 1, new BigDecimal("24.50")));
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        for (int done = 0; done < instances; done += BATCH) {
          int from = done;
          List<Future<?>> work = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(threads.submit(() -> {
              for (int i = from + thread; i < Math.min(from + BATCH, instances); i += THREADS) {
                String id = "order-" + i;
                seconds.incrementAndGet();
                resumer.startTrack(id, id, customer, lines);
                resumer.resume(id, "status", new StatusUpdate("delivered", clock.instant()));
              }
              return null;
            }));
          }
          for (Future<?> f : work) {
            f.get();
          }
          engine.deleteExpired();
          if (reclaim) {
            store.reclaimSpace(); // after each batch of 10,000 instances: about every 2 s here
          }
          int reached = Math.min(done + BATCH, instances);
          if (reached == instances / 10 || reached == instances / 2 || reached == instances) {
            sizes.add(mb(Files.size(file)));
          }
        }
      } finally {
        threads.shutdown();
      }
    }
    sizes.add(mb(Files.size(file)));
    long began = System.nanoTime();
    long compacted = H2Store.compact(file);
    long millis = (System.nanoTime() - began) / 1_000_000;
    sizes.add(mb(compacted));
    return "| " + (keep == null ? "none" : keep.toSeconds() + " s (about that many instances)")
        + " | " + (reclaim ? "after each 10,000" : "no") + " | " + String.join(" | ", sizes)
        + " | " + millis + " ms |";
  }

  private static String mb(long bytes) {
    return String.format("%.1f", bytes / 1_000_000.0);
  }
}
