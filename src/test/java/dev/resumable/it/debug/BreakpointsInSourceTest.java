package dev.resumable.it.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.it.debug.Debugger.Session;
import dev.resumable.it.debug.Debugger.Stop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A breakpoint on a line of a {@code @Resumable} method's own source file stops where that line
 * runs — in the generated state machine — before and after a restart, with the method's locals
 * visible: a real debugger (JDI over JDWP) on real JVMs sharing one store file.
 */
class BreakpointsInSourceTest {

  private static final String SOURCE = "Greeter.java";
  private static final String STATE_MACHINE = "dev.resumable.it.debug.Greeter_greet";

  @TempDir
  Path directory;

  @Test
  void breakpointsInTheWorkflowsSourceStopBeforeAndAfterARestart() throws Exception {
    int beforeWait = lineOf("// breakpoint: before the wait");
    int afterWait = lineOf("// breakpoint: after the wait");
    String store = directory.resolve("greeter").toString();

    Session first = Debugger.run(SOURCE, List.of(beforeWait, afterWait),
        GreeterJvm.class.getName(), "start", store);
    assertEquals(0, first.exitCode(), first.output());
    assertTrue(first.output().contains("WAITING"), first.output());
    // Every local of the method is in scope from its start; those not yet assigned are null.
    assertEquals(List.of(new Stop(STATE_MACHINE, SOURCE, beforeWait,
            locals("name", "ann", "greeting", null, "reply", null, "answer", null))),
        withoutStep(first.stops()), first.output());

    Session second = Debugger.run(SOURCE, List.of(beforeWait, afterWait),
        GreeterJvm.class.getName(), "reply", store, "hi");
    assertEquals(0, second.exitCode(), second.output());
    assertTrue(second.output().contains("hello ann, hi"), second.output());
    // The line before the wait does not run again; the one after it sees the restored local.
    // name is not used after the wait, so it was not stored, and is null after the restart.
    assertEquals(List.of(new Stop(STATE_MACHINE, SOURCE, afterWait,
            locals("name", null, "greeting", "hello ann", "reply", "hi", "answer", null))),
        withoutStep(second.stops()), second.output());
  }

  /** The stops without run's parameter {@code step}, which is the engine's, not the method's. */
  private static List<Stop> withoutStep(List<Stop> stops) {
    return stops.stream().map(s -> {
      Map<String, String> locals = new TreeMap<>(s.locals());
      locals.remove("step");
      return new Stop(s.className(), s.sourceName(), s.line(), locals);
    }).toList();
  }

  private static Map<String, String> locals(String... namesAndValues) {
    Map<String, String> locals = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      locals.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return locals;
  }

  private static int lineOf(String marker) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("java/dev/resumable/it/debug", SOURCE));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line of " + SOURCE + " contains " + marker);
  }
}
