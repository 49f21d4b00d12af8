package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.Inspection;
import dev.resumable.Status;
import dev.resumable.store.InstanceExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of {@link CrashDrillTest}: brings every instance of the drill to its last event,
 * from wherever the store says it stands, on many threads at once so that their commits are
 * grouped, and prints {@code ack <id> <event>} once each event's resume has returned. The test
 * kills it with -9 at any point.
 *
 * <p>Arguments: store file, instances, events per instance, threads.
 */
public final class CrashDrillChild {

  private CrashDrillChild() {}

  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    int instances = Integer.parseInt(args[1]);
    int events = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    try (Engine engine = Engine.builder().storeFile(store).build()) {
      Resumer flows = Resumer.on(engine);
      int[] applied = new int[instances];
      for (int k = 0; k < instances; k++) {
        String id = id(k);
        try {
          flows.startTally(id, events);
          print("created " + id);
        } catch (InstanceExistsException e) {
          // started by an earlier JVM
        }
        Inspection stored = engine.inspect(id);
        long total;
        if (stored.status() == Status.COMPLETED) {
          applied[k] = events;
          total = ((Number) engine.status(id).result()).longValue();
        } else {
          // The stored loop counter and sum of the innermost (only) frame.
          Map<String, Object> locals = stored.frames().get(0).locals();
          applied[k] = ((Number) locals.get("i")).intValue();
          total = ((Number) locals.get("total")).longValue();
        }
        print("progress " + id + " " + applied[k] + " " + total);
      }
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        Thread worker = new Thread(() -> {
          for (int k = first; k < instances; k += threads) {
            // The last event again, with its id: the engine must not apply it twice.
            if (applied[k] > 0 && applied[k] < events) {
              send(flows, k, applied[k] - 1);
            }
          }
          boolean more = true;
          while (more) {
            more = false;
            for (int k = first; k < instances; k += threads) {
              if (applied[k] < events) {
                send(flows, k, applied[k]++);
                more = true;
              }
            }
          }
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      print("finished");
    }
  }

  static String id(int k) {
    return "crash-" + k;
  }

  /** Event {@code j} carries {@code j + 1}: the sum after m events is m(m+1)/2, and no other. */
  private static void send(Resumer flows, int k, int j) {
    flows.resume(id(k), "n", (long) j + 1, id(k) + ":" + j);
    print("ack " + id(k) + " " + j);
  }

  private static synchronized void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
