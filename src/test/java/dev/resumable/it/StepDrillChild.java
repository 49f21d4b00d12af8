package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.store.InstanceExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link StepCrashDrillTest}: starts every instance of the drill that is not
 * stored yet, from several threads so that their commits are grouped, then continues the stored
 * ones (a step whose outcome committed before a kill) until all have completed, and prints
 * {@code finished}. The steps print {@code call <id> <step> <number>}. Killed with -9 anywhere.
 *
 * <p>Its clock runs {@code 2 × cycle} minutes ahead, so that the claims on due instances that a
 * killed JVM held (for a minute) have run out for the next one.
 *
 * <p>Arguments: store file, instances, steps per instance, threads, cycle.
 */
public final class StepDrillChild {

  private StepDrillChild() {}

  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    int instances = Integer.parseInt(args[1]);
    int steps = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    java.time.Clock clock = java.time.Clock.offset(java.time.Clock.systemUTC(),
        java.time.Duration.ofMinutes(2L * Integer.parseInt(args[4])));
    try (Engine engine = Engine.builder().storeFile(store).clock(clock).build()) {
      Resumer flows = Resumer.on(engine);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        Thread worker = new Thread(() -> {
          for (int k = first; k < instances; k += threads) {
            try {
              flows.startChain(id(k), steps);
            } catch (InstanceExistsException e) {
              // started by an earlier JVM
            }
          }
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      // What an earlier JVM committed but did not go on from: a step's outcome is due at once.
      while (engine.fireDueTimers() > 0) {
        // each round continues every instance stored with a step's outcome
      }
      for (int k = 0; k < instances; k++) {
        if (engine.status(id(k)).status() != Status.COMPLETED) {
          throw new AssertionError(id(k) + " did not complete: " + engine.status(id(k)));
        }
      }
      print("finished");
    }
  }

  static String id(int k) {
    return "steps-" + k;
  }

  static synchronized void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
