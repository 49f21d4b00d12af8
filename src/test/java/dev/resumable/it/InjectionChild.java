package dev.resumable.it;

import dev.resumable.Engine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The child JVM of {@link ClassNameInjectionTest}: makes every public call on every instance of
 * a store whose state names {@link Tripwire}, counting the answers. With {@code --control} it
 * loads the class on purpose, to show that the drill would see it.
 *
 * <p>Arguments: store file, then the ids, or {@code --control}.
 */
public final class InjectionChild {

  private InjectionChild() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--control")) {
      Class.forName("dev.resumable.it.Tripwire");
      System.out.println("done control");
      return;
    }
    Map<String, Integer> answers = new TreeMap<>();
    Clock later = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (Engine engine = Engine.builder().storeFile(Path.of(args[0])).clock(later)
        .onError(e -> count(answers, "reported " + e.getClass().getSimpleName())).build()) {
      Resumer flows = Resumer.on(engine);
      for (String id : List.of(args).subList(1, args.length)) {
        count(answers, () -> flows.status(id).toString());
        count(answers, () -> flows.inspect(id).toString());
        for (String event : List.of("a", "b", "c", "d", "x", "n", "first", "problem")) {
          count(answers, () -> flows.resume(id, event, new IOException("io")).toString());
          count(answers, () -> flows.resume(id, event, "text").toString());
        }
        count(answers, () -> flows.resume(id, 1L).toString());
        count(answers, () -> engine.signal("k", id, "K").toString());
        count(answers, () -> String.valueOf(engine.fireDueTimers()));
        count(answers, () -> flows.cancel(id).toString());
      }
    }
    System.out.println("done " + answers);
  }

  private static void count(Map<String, Integer> answers, Supplier<String> call) {
    try {
      call.get();
      count(answers, "answered");
    } catch (RuntimeException e) {
      count(answers, e.getClass().getSimpleName());
    }
  }

  private static synchronized void count(Map<String, Integer> answers, String answer) {
    answers.merge(answer, 1, Integer::sum);
  }
}
