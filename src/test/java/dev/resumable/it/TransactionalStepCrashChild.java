package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.store.postgres.PostgresStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The child JVM of {@link TransactionalStepCrashTest}, on {@code args[0]}: an H2 store file, or
 * a PostgreSQL JDBC URL. With {@code start}, starts a transfer and blocks in its second booking
 * after the row is inserted and before the step returns, for the test to kill it with -9. With
 * {@code continue}, continues what is stored (its clock two minutes ahead) and prints what the
 * transfer waits for. Each booking prints {@code inserted <key>} after its insert.
 */
public final class TransactionalStepCrashChild {

  private TransactionalStepCrashChild() {}

  public static void main(String[] args) throws Exception {
    boolean start = args[1].equals("start");
    CountDownLatch never = new CountDownLatch(1);
    LedgerFlows.afterInsert = key -> {
      print("inserted " + key);
      if (start && key.endsWith("step-2")) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    Clock clock = start ? Clock.systemUTC()
        : Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
    Engine.Builder builder = Engine.builder().clock(clock);
    builder = args[0].startsWith("jdbc:") ? builder.store(PostgresStore.open(args[0]))
        : builder.storeFile(Path.of(args[0]));
    try (Engine engine = builder.build()) {
      if (start) {
        Resumer.on(engine).startTransfer("crash", "alice", "bob", 500L);
        print("not killed");
        return;
      }
      while (engine.fireDueTimers() > 0) {
        // the second booking, again
      }
      print("waiting for " + engine.status("crash").awaitedEvent());
    }
  }

  static synchronized void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
