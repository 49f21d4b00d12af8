package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.proto.InstanceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored state that names a class with a static initialiser in every field that holds a type or
 * class name: a JVM that makes every public call on it loads no such class, by the marker file
 * its initialiser would write and by the JVM's own class-load log.
 */
class ClassNameInjectionTest {

  private static final String TRIPWIRE = "dev.resumable.it.Tripwire";

  @TempDir Path dir;

  @Test
  void noClassNamedByStoredStateIsLoaded() throws Exception {
    Path store = dir.resolve("inject");
    List<String> ids = new ArrayList<>();
    try (Engine engine = Engine.builder().storeFile(store).build()) {
      for (String prefix : List.of("every-name-", "type-names-")) {
        ids.addAll(startAtEveryKindOfWait(Resumer.on(engine), prefix));
      }
    }
    int names = 0;
    try (StoredRows rows = StoredRows.open(store)) {
      for (String id : ids) {
        if (id.endsWith("failed")) {
          fail(rows, id);
        }
        // Method keys too, or all but them, so that some instances stay runnable and the calls
        // go on to the fields that name types.
        ClassNameRewriter rewriter = new ClassNameRewriter(TRIPWIRE, id.startsWith("every-"));
        rows.writeState(id, rewriter.rewrite(rows.row(id).state()));
        names += rewriter.rewritten;
      }
    }

    Path marker = dir.resolve("tripwire-initialised");
    Path log = dir.resolve("class-load.log");
    List<String> args = new ArrayList<>(List.of(store.toString()));
    args.addAll(ids);
    JavaProcess.Result run = JavaProcess.run(List.of("-Dtripwire.marker=" + marker,
        "-Xlog:class+load=info:file=" + log), InjectionChild.class.getName(),
        args.toArray(String[]::new));

    assertEquals(0, run.exitCode(), run.output());
    // The last line; a newer JDK may warn before it about what libraries call.
    String answered = run.output().lines().filter(l -> l.startsWith("done {")).findFirst()
        .orElseThrow(() -> new AssertionError("the child did not finish: " + run.output()));
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("dev.resumable.Engine "), "the log lists the classes loaded");
    assertFalse(Files.exists(marker), "Tripwire's initialiser ran");
    assertFalse(loaded.contains(TRIPWIRE), "Tripwire was loaded");
    System.out.printf("class-name injection: %d class names in %d stored states replaced by %s"
        + " (in half of them method keys too); calls answered %s; 0 classes loaded%n", names,
        ids.size(), TRIPWIRE, answered.substring("done ".length()));
  }

  private static List<String> startAtEveryKindOfWait(Resumer flows, String prefix) {
    flows.startMedley(prefix + "event", "e");
    flows.resume(prefix + "event", "b", "early"); // an inbox event, its type and supertypes
    flows.startMedley(prefix + "first-of", "f");
    flows.resume(prefix + "first-of", "a", 1);
    flows.startMedley(prefix + "all-of", "a");
    flows.resume(prefix + "all-of", "a", 1);
    flows.resume(prefix + "all-of", "b", "B"); // the timer is due by the child's clock
    flows.startAnyProblem(prefix + "exception-inbox", "t");
    flows.resume(prefix + "exception-inbox", "problem", new IOException("disk full"));
    flows.startOuterOfTwo(prefix + "two-frames", "t");
    flows.startTally(prefix + "failed", 2);
    return List.of(prefix + "event", prefix + "first-of", prefix + "all-of",
        prefix + "exception-inbox", prefix + "two-frames", prefix + "failed");
  }

  /** Makes {@code id} a failed instance whose failure has a stack and a cause. */
  private static void fail(StoredRows rows, String id) throws Exception {
    InstanceRecord record = InstanceRecord.parseFrom(rows.row(id).state());
    byte[] failed = record.toBuilder().clearFrames().clearWait()
        .setStatus(dev.resumable.proto.Status.FAILED)
        .setFailure(dev.resumable.proto.Failure.newBuilder().setType("java.lang.Exception")
            .addSupertypes("java.lang.Throwable").setMessage("boom")
            .addStack(dev.resumable.proto.StackElement.newBuilder()
                .setDeclaringClass("com.acme.Flow").setMethod("run").setLine(7))
            .setCause(dev.resumable.proto.Failure.newBuilder().setType("java.io.IOException")))
        .build().toByteArray();
    StoredRows.Row row = rows.row(id);
    rows.restore(new StoredRows.Row(id, row.revision(), "FAILED", failed, null, null));
  }

  @Test
  void theDrillSeesAClassThatIsLoaded() throws Exception {
    Path marker = dir.resolve("tripwire-initialised");
    Path log = dir.resolve("class-load.log");
    JavaProcess.Result run = JavaProcess.run(List.of("-Dtripwire.marker=" + marker,
        "-Xlog:class+load=info:file=" + log), InjectionChild.class.getName(), "--control");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(Files.exists(marker));
    assertTrue(Files.readString(log).contains(TRIPWIRE));
  }
}
