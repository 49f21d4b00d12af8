package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resumable.Engine;
import dev.resumable.InstanceFinishedException;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.UnexpectedEventException;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.testkit.WorkflowTestKit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input to the public API, each with the exact exception it gets and the store compared
 * row by row before and after: a refused call changes nothing.
 */
class BadApiInputTableTest {

  private static final String MEGABYTE_ID = "x".repeat(1 << 20);

  @TempDir Path dir;
  private Engine engine;
  private Resumer flows;
  private StoredRows rows;

  /** One row of the table: what is called, what it must throw, and what the message says. */
  record Case(String call, Runnable run, Class<? extends Throwable> expected, String says) {}

  @BeforeEach
  void open() throws Exception {
    engine = Engine.builder().storeFile(dir.resolve("store")).build();
    flows = Resumer.on(engine);
    rows = StoredRows.open(dir.resolve("store"));
    flows.startTally("target", 3);
    flows.startTally("done", 1);
    flows.resume("done", "n", 1L);
    flows.startTally("cancelled", 1);
    flows.cancel("cancelled");
    flows.startNap("napping", "napping", 3600);
  }

  @AfterEach
  void close() throws Exception {
    rows.close();
    engine.close();
  }

  private List<Case> table() {
    Class<IllegalArgumentException> arg = IllegalArgumentException.class;
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("resume(null, \"n\", 1L)", () -> flows.resume(null, "n", 1L), arg,
        "id must not be null; nothing was changed"));
    cases.add(new Case("resume(\"\", \"n\", 1L)", () -> flows.resume("", "n", 1L), arg,
        "id must not be blank"));
    cases.add(new Case("resume(\"  \\t\", ...)", () -> flows.resume("  \t", "n", 1L), arg,
        "id must not be blank"));
    cases.add(new Case("resume(<1 MB id>, ...)", () -> flows.resume(MEGABYTE_ID, "n", 1L), arg,
        "id is 1048576 characters long; at most 512 are allowed"));
    cases.add(new Case("resume(\"lone-\\uD800-x\", ...)",
        () -> flows.resume("lone-\uD800-x", "n", 1L), arg,
        "has an unpaired surrogate at index 5"));
    cases.add(new Case("resume(\"bell\\u0007\", ...)", () -> flows.resume("bell\u0007", "n", 1L),
        arg, "has the control character U+0007 at index 4"));
    cases.add(new Case("resume(\"target\", null, 1L)", () -> flows.resume("target", null, 1L),
        arg, "event name must not be null"));
    cases.add(new Case("resume(\"target\", \" \", 1L)", () -> flows.resume("target", " ", 1L),
        arg, "event name must not be blank"));
    cases.add(new Case("resume(\"target\", \"branch:target/1\", 1L)",
        () -> flows.resume("target", "branch:target/1", 1L), UnexpectedEventException.class,
        "reserved for the outcomes of branches"));
    cases.add(new Case("resume(\"target\", \"n\", null)", () -> flows.resume("target", "n", null),
        arg, "payload must not be null"));
    cases.add(new Case("resume(\"target\", null payload)",
        () -> flows.resume("target", (Object) null), arg, "payload must not be null"));
    cases.add(new Case("resume(\"target\", \"n\", \"five\")",
        () -> flows.resume("target", "n", "five"), UnexpectedEventException.class,
        "waits for event \"n\" of type java.lang.Long, but the payload is a java.lang.String"));
    cases.add(new Case("resume(\"target\", 5) (an Integer for a Long)",
        () -> flows.resume("target", 5), UnexpectedEventException.class,
        "but the payload is a java.lang.Integer"));
    cases.add(new Case("resume(\"target\", \"n\", 1L, null)",
        () -> flows.resume("target", "n", 1L, null), arg, "eventId must not be null"));
    cases.add(new Case("resume(\"target\", \"n\", 1L, \"\")",
        () -> flows.resume("target", "n", 1L, ""), arg, "eventId must not be blank"));
    cases.add(new Case("resume(\"missing\", \"n\", 1L)", () -> flows.resume("missing", "n", 1L),
        NoSuchInstanceException.class, "\"missing\""));
    cases.add(new Case("resume(\"done\", \"n\", 1L)", () -> flows.resume("done", "n", 1L),
        InstanceFinishedException.class, "\"done\" is COMPLETED"));
    cases.add(new Case("resume(\"cancelled\", \"n\", 1L)",
        () -> flows.resume("cancelled", "n", 1L), InstanceFinishedException.class,
        "\"cancelled\" is CANCELLED"));
    cases.add(new Case("resume(\"done\", \"no-such-event\", 1L)",
        () -> flows.resume("done", "no-such-event", 1L), InstanceFinishedException.class,
        "\"done\" is COMPLETED"));
    cases.add(new Case("resume(\"napping\", 1L)", () -> flows.resume("napping", 1L),
        UnexpectedEventException.class, "which fires by itself"));
    cases.add(new Case("cancel(null)", () -> flows.cancel(null), arg, "id must not be null"));
    cases.add(new Case("cancel(\"done\")", () -> flows.cancel("done"),
        InstanceFinishedException.class, "\"done\" is COMPLETED"));
    cases.add(new Case("cancel(\"cancelled\")", () -> flows.cancel("cancelled"),
        InstanceFinishedException.class, "\"cancelled\" is CANCELLED"));
    cases.add(new Case("status(null)", () -> flows.status(null), arg, "id must not be null"));
    cases.add(new Case("status(\"missing\")", () -> flows.status("missing"),
        NoSuchInstanceException.class, "\"missing\""));
    cases.add(new Case("inspect(\"\")", () -> flows.inspect(""), arg, "id must not be blank"));
    cases.add(new Case("startTally(\"target\", 3) again", () -> flows.startTally("target", 3),
        InstanceExistsException.class, "\"target\" already exists"));
    cases.add(new Case("startTally(null, 3)", () -> flows.startTally(null, 3), arg,
        "id must not be null"));
    cases.add(new Case("startTally(<1 MB id>, 3)", () -> flows.startTally(MEGABYTE_ID, 3), arg,
        "at most 512 are allowed"));
    cases.add(new Case("signal(null, \"k\", \"x\")", () -> engine.signal(null, "k", "x"), arg,
        "event name must not be null"));
    cases.add(new Case("signal(\"keyed\", null, \"x\")", () -> engine.signal("keyed", null, "x"),
        arg, "key must not be null"));
    cases.add(new Case("signal(\"keyed\", \"k\", null)", () -> engine.signal("keyed", "k", null),
        arg, "payload must not be null"));
    cases.add(new Case("signal(\"nobody\", \"k\", \"x\")",
        () -> engine.signal("nobody", "k", "x"), UnexpectedEventException.class,
        "no instance waits for event \"nobody\" with key \"k\""));
    cases.add(new Case("resumeAsync(null, \"n\", 1L)", () -> engine.resumeAsync(null, "n", 1L),
        arg, "id must not be null"));
    cases.add(new Case("Resumer.on(null)", () -> Resumer.on(null), arg,
        "engine must not be null"));
    cases.add(new Case("receiverOf(null)", () -> engine.receiverOf(null), arg,
        "type must not be null"));
    cases.add(new Case("register(null)", () -> engine.register(null), arg,
        "catalog must not be null"));
    cases.add(new Case("Engine.builder().storeFile(null)",
        () -> Engine.builder().storeFile(null), arg, "file must not be null"));
    cases.add(new Case("Engine.builder().timerPollInterval(ZERO)",
        () -> Engine.builder().timerPollInterval(java.time.Duration.ZERO), arg,
        "interval must be positive"));
    cases.add(new Case("WorkflowTestKit.create().advance(null)",
        () -> WorkflowTestKit.create().advance(null), arg, "duration must not be null"));
    cases.add(new Case("WorkflowTestKit.create().receiver(null, ...)",
        () -> WorkflowTestKit.create().receiver(null, Object::new), arg,
        "type must not be null"));
    return cases;
  }

  @Test
  void eachBadInputGetsItsExceptionAndChangesNoRow() throws Exception {
    StringBuilder figures = new StringBuilder("bad API inputs:\n");
    for (Case c : table()) {
      Map<String, StoredRows.Row> before = rows.all();
      Throwable thrown = null;
      try {
        c.run().run();
      } catch (Throwable t) {
        thrown = t;
      }
      if (thrown == null) {
        fail(c.call() + " was accepted; expected " + c.expected().getSimpleName());
      }
      assertEquals(c.expected(), thrown.getClass(), c.call() + ": " + thrown);
      assertTrue(thrown.getMessage().contains(c.says()), c.call() + ": " + thrown.getMessage());
      assertEquals(before, rows.all(), c.call() + " changed the store");
      figures.append(String.format("  %-48s %-28s rows unchanged%n", c.call(),
          thrown.getClass().getSimpleName()));
    }
    System.out.print(figures);
    // Refused calls took no lock and left the engine as it was: the target still goes on.
    flows.resume("target", "n", 1L);
    flows.resume("target", "n", 2L);
    assertEquals(6L, flows.resume("target", "n", 3L).result());
  }
}
