package dev.resumable.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.bench.tenevents.Resumer;
import dev.resumable.bench.tenevents.TemporalTenEvents;
import dev.resumable.bench.tenevents.TenEvents;
import org.junit.jupiter.api.Test;

/**
 * P8 compares like with like: both engines sum the same ten events. (That every benchmark runs
 * is checked by the report's quick run.)
 */
class P8SameWorkTest {

  @Test
  void bothEnginesSumTheSameTenEvents() {
    try (Engine engine = Engine.builder().storeFile(BenchFiles.freshStore("p8-same-work"))
        .receiver(TenEvents.class, new TenEvents()).build();
        TemporalTenEvents temporal = TemporalTenEvents.open()) {
      Resumer workflows = Resumer.on(engine);
      workflows.startSum("sum");
      for (int i = 1; i < TenEvents.EVENTS; i++) {
        assertTrue(workflows.resume("sum", "item", i).isWaiting());
      }
      int resumable = workflows.resume("sum", "item", TenEvents.EVENTS).result(Integer.class);

      assertEquals(55, resumable);
      assertEquals(55, temporal.runWithSignals());
      assertEquals(55, temporal.runWithUpdates());
    }
  }
}
