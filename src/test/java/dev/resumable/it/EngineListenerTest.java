package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.EngineListener;
import dev.resumable.Status;
import dev.resumable.UnreadableInstanceException;
import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import dev.resumable.store.h2.H2Store;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine tells its listeners of what it committed: instances started and ended with their
 * method, each step with its outcome, the store's commits, unreadable instances met; and a
 * listener that throws changes nothing of what the engine does.
 */
class EngineListenerTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final String ORDER = "dev.resumable.it.OpsFlows#order(java.lang.String,long)";

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(T0);
  private final List<String> heard = new ArrayList<>();
  private final List<Integer> batches = new ArrayList<>();
  private final List<Throwable> reported = new ArrayList<>();
  private Engine engine;

  /** Writes down what it hears, one line each, in order. */
  private final EngineListener recorder = new EngineListener() {
    @Override
    public synchronized void instanceStarted(String id, String method) {
      heard.add("started " + id + " " + method);
    }

    @Override
    public synchronized void instanceEnded(String id, String method, Status status) {
      heard.add("ended " + id + " " + status);
    }

    @Override
    public synchronized void stepRan(String id, String method, Duration took,
        StepOutcome outcome) {
      assertFalse(took.isNegative());
      heard.add("step " + id + " " + outcome);
    }

    @Override
    public synchronized void commitBatch(int writes) {
      batches.add(writes);
    }

    @Override
    public synchronized void unreadableInstance(String id, UnreadableInstanceException why) {
      heard.add("unreadable " + id);
    }
  };

  private Resumer open(EngineListener... listeners) {
    Engine.Builder builder = Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .receiver(OpsFlows.class, new OpsFlows())
        .onError(e -> {
          synchronized (reported) {
            reported.add(e);
          }
        });
    for (EngineListener listener : listeners) {
      builder.listener(listener);
    }
    engine = builder.build();
    return Resumer.on(engine);
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void everyStartEndAndStepIsToldOnceWithItsMethod() {
    Resumer flows = open(recorder);
    flows.startOrder("paid", "42", 100);
    flows.startOrder("declined", "7", 10);
    flows.startOrder("dropped", "9", 5);
    flows.resume("paid", "payment", "ok");
    flows.resume("declined", "payment", "declined");
    engine.cancel("dropped");
    clock.set(T0.plus(Duration.ofDays(2)));
    assertEquals(1, engine.fireDueTimers());

    assertEquals(List.of(
        "started paid " + ORDER, "step paid WAITING",
        "started declined " + ORDER, "step declined WAITING",
        "started dropped " + ORDER, "step dropped WAITING",
        "step paid WAITING",
        "ended declined FAILED", "step declined FAILED",
        "ended dropped CANCELLED", "step dropped CANCELLED",
        "ended paid COMPLETED", "step paid COMPLETED"), heard);
    assertTrue(batches.size() >= 7, "at least one durable commit per step: " + batches);
    assertTrue(batches.stream().allMatch(size -> size >= 1), batches.toString());
    assertEquals(List.of(), reported);
  }

  @Test
  void aStepTheStoreRefusesIsToldAsNotCommitted() {
    AtomicBoolean refuse = new AtomicBoolean();
    Store h2 = H2Store.open(dir.resolve("store"));
    Store refusing = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(),
        new Class<?>[] {Store.class}, (proxy, method, args) -> {
          if (method.getName().equals("commit") && refuse.get()) {
            throw new StoreException("the disk is full");
          }
          try {
            return method.invoke(h2, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    engine = Engine.builder().store(refusing).clock(clock)
        .receiver(OpsFlows.class, new OpsFlows()).listener(recorder).build();
    Resumer flows = Resumer.on(engine);
    flows.startOrder("o1", "42", 100);
    refuse.set(true);

    assertThrows(StoreException.class, () -> flows.resume("o1", "payment", "ok"));
    assertEquals(List.of("started o1 " + ORDER, "step o1 WAITING", "step o1 NOT_COMMITTED"),
        heard);
    refuse.set(false);
    assertEquals(Status.WAITING, engine.status("o1").status());
  }

  @Test
  void anUnreadableInstanceMetByTheSweepIsToldOnce() throws Exception {
    Resumer flows = open(recorder);
    flows.startOrder("o1", "42", 100);
    flows.resume("o1", "payment", "ok");
    try (StoredRows rows = StoredRows.open(dir.resolve("store"))) {
      rows.writeState("o1", new byte[] {0x0a, (byte) 0xff, 0x01});
    }
    heard.clear();
    clock.set(T0.plus(Duration.ofDays(2)));

    assertEquals(0, engine.fireDueTimers());
    assertEquals(0, engine.fireDueTimers());
    assertEquals(List.of("unreadable o1"), heard);
    assertEquals(1, reported.size());
  }

  @Test
  void aThrowingListenerIsReportedAndTheOthersAndTheEngineGoOn() {
    EngineListener broken = new EngineListener() {
      @Override
      public void instanceStarted(String id, String method) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void stepRan(String id, String method, Duration took, StepOutcome outcome) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void commitBatch(int writes) {
        throw new IllegalStateException("listener bug");
      }
    };
    Resumer flows = open(broken, recorder);
    flows.startOrder("o1", "42", 100);
    assertEquals(Status.WAITING, flows.resume("o1", "payment", "ok").status());

    assertEquals(List.of("started o1 " + ORDER, "step o1 WAITING", "step o1 WAITING"), heard);
    assertEquals(1, reportsOf("instanceStarted"), reported.toString());
    assertEquals(2, reportsOf("stepRan"), reported.toString());
    assertTrue(reportsOf("commitBatch") >= 2, reported.toString());
    assertTrue(reported.get(0).getMessage().contains("; the engine ignored it and went on"),
        reported.get(0).getMessage());
    assertEquals("listener bug", reported.get(0).getCause().getMessage());
  }

  private long reportsOf(String call) {
    return reported.stream().filter(e -> e.getMessage().contains(" threw in " + call + ";"))
        .count();
  }
}
