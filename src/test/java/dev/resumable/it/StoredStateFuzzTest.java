package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Engine;
import dev.resumable.Inspection;
import dev.resumable.Outcome;
import dev.resumable.ResumableException;
import dev.resumable.Status;
import dev.resumable.UnreadableInstanceException;
import dev.resumable.proto.InstanceRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages the state column of one instance at a time (see {@link StateMutations}) and makes one
 * public call on it. Whatever the bytes, the call returns or throws one of the API's own
 * exceptions within 2 s; if it throws, the row is as it was; no other row is ever written; and
 * nothing undecodable becomes a FAILED outcome. Instances nobody damaged still end with exactly
 * their results. {@code mvn verify} runs a quick form; {@code -Pdrills} the long one
 * ({@code resumable.drill.mutations}).
 */
class StoredStateFuzzTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final int CONTROLS = 12;

  @TempDir Path dir;

  /** Where a victim stands before its state is damaged, and the event it waits for there. */
  enum Stage {
    EVENT("a", 1), TIMER(null, null), FIRST_OF("b", "B"), ALL_OF_HALF_ARRIVED("d", 4),
    KEYED("k", "K"), INBOX_AHEAD("a", 1), TWO_FRAMES("x", "X"), EXCEPTION_IN_INBOX("first", "F"),
    EVENT_IDS_REMEMBERED("n", 2L);

    final String event;
    final Object payload;

    Stage(String event, Object payload) {
      this.event = event;
      this.payload = payload;
    }
  }

  /** The public calls a mutation is met with. */
  enum Call { RESUME_NAMED, RESUME_CURRENT, RESUME_WITH_ID, SIGNAL, CANCEL, STATUS, INSPECT, TIMERS }

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anyBytesInAStateColumnAreReadOrRefusedAndTouchNothingElse() throws Exception {
    int mutations = Integer.getInteger("resumable.drill.mutations", 2000);
    // The quick form damages the same way every run; the long form picks a new seed each time
    // and prints it, so that what it finds can be run again.
    String seedProperty = System.getProperty("resumable.drill.seed", "20261201");
    long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
    Random random = new Random(seed);
    SettableClock clock = new SettableClock(T0);
    List<Throwable> reported = new ArrayList<>();
    Path store = dir.resolve("fuzz");
    Map<StateMutations, Integer> byKind = new EnumMap<>(StateMutations.class);
    Map<String, Integer> answers = new TreeMap<>();
    List<String> raw = new ArrayList<>();
    List<String> failedSamples = new ArrayList<>();
    int hangs = 0;
    int otherRowWrites = 0;
    int changedByThrow = 0;
    int committedFailed = 0;
    long started = System.nanoTime();
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try (Engine engine = Engine.builder().storeFile(store).clock(clock)
            .onError(e -> {
              synchronized (reported) {
                reported.add(e);
              }
            }).build();
        StoredRows rows = StoredRows.open(store)) {
      Resumer flows = Resumer.on(engine);
      List<String> controls = startControls(flows);
      Map<String, StoredRows.Row> controlRows = rows.all();
      // One victim per stage, put back as it was after each mutation and call.
      Map<Stage, StoredRows.Row> victims = new EnumMap<>(Stage.class);
      for (Stage stage : Stage.values()) {
        String id = "victim-" + stage.name().toLowerCase(java.util.Locale.ROOT);
        drive(engine, flows, clock, id, stage);
        victims.put(stage, rows.row(id));
        rows.restore(rows.row(id).parked()); // only the victim of the moment may be due
      }

      for (int n = 0; n < mutations; n++) {
        Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
        String id = victims.get(stage).id();
        StateMutations kind = StateMutations.values()[
            random.nextInt(StateMutations.values().length)];
        byKind.merge(kind, 1, Integer::sum);
        StoredRows.Row original = victims.get(stage);
        rows.restore(original.withState(kind.apply(original.state(), random, controls)));
        StoredRows.Row before = rows.row(id);
        String others = rows.othersFingerprint(id);
        Call call = Call.values()[random.nextInt(Call.values().length)];
        int reportedBefore = reported.size();

        String eventId = "fuzz-" + n;
        Future<String> answer = caller.submit(
            () -> call(engine, flows, clock, id, stage, call, eventId));
        Throwable thrown = null;
        try {
          answers.merge(answer.get(2, TimeUnit.SECONDS), 1, Integer::sum);
        } catch (TimeoutException e) {
          hangs++;
          raw.add(kind + " " + call + ": no answer within 2 s");
          caller.shutdownNow();
          caller = Executors.newSingleThreadExecutor();
          rows.restore(original.parked());
          continue;
        } catch (ExecutionException e) {
          thrown = e.getCause();
          answers.merge(thrown.getClass().getSimpleName(), 1, Integer::sum);
          if (!(thrown instanceof ResumableException)) {
            raw.add(kind + " " + call + ": " + stackOf(thrown));
          }
        }
        for (Throwable background : reported.subList(reportedBefore, reported.size())) {
          if (!(background instanceof ResumableException)) {
            raw.add(kind + " " + call + " (reported): " + stackOf(background));
          }
        }
        if (!rows.othersFingerprint(id).equals(others)) {
          otherRowWrites++;
        }
        StoredRows.Row after = rows.row(id);
        if (thrown != null && !before.equals(after)) {
          changedByThrow++;
        }
        if (!before.equals(after) && isFailed(after)) {
          committedFailed++; // these workflows never fail by themselves
          failedSamples.add(kind + " " + call + " " + stage + ": "
              + InstanceRecord.parseFrom(after.state()).getFailure().getType() + ": "
              + InstanceRecord.parseFrom(after.state()).getFailure().getMessage());
        }
        rows.restore(original.parked());
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      Map<String, StoredRows.Row> now = rows.all();
      now.keySet().removeIf(id -> id.startsWith("victim-"));
      assertEquals(controlRows, now, "an instance nobody damaged was written");
      finishControls(flows);
      System.out.printf("fuzzed stored state (seed %d): %d mutations %s; answers %s; %d raw"
          + " exceptions, %d hangs over 2 s, %d writes to other rows, %d rows changed by a call"
          + " that threw, %d undecodable states committed as FAILED; %d untouched instances"
          + " resumed to their exact results; %d ms%n", seed, mutations, byKind, answers,
          raw.size(), hangs, otherRowWrites, changedByThrow, committedFailed, controls.size(),
          millis);
    } finally {
      caller.shutdownNow();
    }
    assertEquals(List.of(), raw.subList(0, Math.min(raw.size(), 5)), raw.size() + " raw");
    assertEquals(0, hangs);
    assertEquals(0, otherRowWrites);
    assertEquals(0, changedByThrow);
    assertEquals(List.of(), failedSamples, committedFailed + " committed as FAILED");
  }

  /** Instances at every stage that no mutation touches, to be finished at the end. */
  private static List<String> startControls(Resumer flows) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < CONTROLS; i++) {
      String id = "control-" + i;
      switch (i % 3) {
        case 0 -> flows.startTally(id, 3);
        case 1 -> flows.startOuterOfTwo(id, id);
        default -> flows.startAnyProblem(id, id);
      }
      ids.add(id);
    }
    return ids;
  }

  private static void finishControls(Resumer flows) {
    for (int i = 0; i < CONTROLS; i++) {
      String id = "control-" + i;
      switch (i % 3) {
        case 0 -> {
          flows.resume(id, "n", 1L);
          flows.resume(id, "n", 2L);
          assertEquals(6L, flows.resume(id, "n", 3L).result());
        }
        case 1 -> assertEquals(id + "X!", flows.resume(id, "x", "X").result());
        default -> {
          flows.resume(id, "first", "F");
          assertEquals(id + "F: disk full",
              flows.resume(id, "problem", new IOException("disk full")).result());
        }
      }
    }
  }

  private static void drive(Engine engine, Resumer flows, SettableClock clock, String id,
      Stage stage) {
    switch (stage) {
      case TWO_FRAMES -> flows.startOuterOfTwo(id, id);
      case EXCEPTION_IN_INBOX -> {
        flows.startAnyProblem(id, id);
        flows.resume(id, "problem", new IOException("disk full"));
      }
      case EVENT_IDS_REMEMBERED -> {
        flows.startTally(id, 3);
        flows.resume(id, "n", 1L, "first-" + id);
      }
      case INBOX_AHEAD -> {
        flows.startMedley(id, id);
        flows.resume(id, "b", "B");
        flows.resume(id, "c", "C");
      }
      default -> {
        flows.startMedley(id, id);
        if (stage == Stage.EVENT) {
          return;
        }
        flows.resume(id, "a", 1);
        if (stage == Stage.TIMER) {
          return;
        }
        clock.set(T0.plus(Duration.ofSeconds(20)));
        engine.fireDueTimers();
        clock.set(T0);
        if (stage == Stage.FIRST_OF) {
          return;
        }
        flows.resume(id, "b", "B");
        flows.resume(id, "c", "C");
        if (stage == Stage.KEYED) {
          flows.resume(id, "d", 4);
        }
      }
    }
  }

  /** Makes the call; a short name of what it answered. */
  private static String call(Engine engine, Resumer flows, SettableClock clock, String id,
      Stage stage, Call call, String eventId) {
    String event = stage.event == null ? "a" : stage.event;
    Object payload = stage.payload == null ? 1 : stage.payload;
    return switch (call) {
      case RESUME_NAMED -> answer(flows.resume(id, event, payload));
      case RESUME_CURRENT -> answer(flows.resume(id, payload));
      case RESUME_WITH_ID -> answer(flows.resume(id, event, payload, eventId));
      case SIGNAL -> answer(engine.signal("k", id, "K"));
      case CANCEL -> answer(flows.cancel(id));
      case STATUS -> answer(flows.status(id));
      case INSPECT -> {
        Inspection inspection = flows.inspect(id);
        yield "inspect " + inspection.status() + (inspection.toString().isEmpty() ? "?" : "");
      }
      case TIMERS -> {
        clock.set(T0.plus(Duration.ofHours(2)));
        try {
          yield "timers fired " + engine.fireDueTimers();
        } finally {
          clock.set(T0);
        }
      }
    };
  }

  /** Reads everything an outcome offers, as a caller would. */
  private static String answer(Outcome<?> outcome) {
    String text = outcome.toString();
    if (outcome.status() == Status.COMPLETED) {
      outcome.result();
    }
    if (outcome.status() == Status.UNREADABLE
        && !(outcome.unreadable() instanceof UnreadableInstanceException)) {
      throw new AssertionError("no reason given: " + text);
    }
    return outcome.status().name();
  }

  private static boolean isFailed(StoredRows.Row row) {
    try {
      return InstanceRecord.parseFrom(row.state()).getStatus()
          == dev.resumable.proto.Status.FAILED;
    } catch (IOException e) {
      return false;
    }
  }

  private static String stackOf(Throwable thrown) {
    java.io.StringWriter text = new java.io.StringWriter();
    thrown.printStackTrace(new java.io.PrintWriter(text));
    String[] lines = text.toString().split("\n");
    return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 8)));
  }
}
