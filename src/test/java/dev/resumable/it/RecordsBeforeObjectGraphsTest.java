package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.StoredInstance;
import dev.resumable.store.h2.H2Store;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * An instance stored by the version before object graphs and collection kinds (every value
 * inline, no kinds) still continues: its values decode by their declared types, as they did.
 */
class RecordsBeforeObjectGraphsTest {

  /**
   * Flows.lambdas(List.of(3, 1, 2)) waiting for "prefix", as that version stored it: the list
   * inline in the frame's locals, with no kind and no table of objects.
   */
  private static final String WAITING_FOR_PREFIX = "CgZsZWdhY3kSLmRldi5yZXN1bWFibGUuaXQuRmxvd3Mj"
      + "bGFtYmRhcyhqYXZhLnV0aWwuTGlzdCkYASABKmwKLmRldi5yZXN1bWFibGUuaXQuRmxvd3MjbGFtYmRhcyhqYX"
      + "ZhLnV0aWwuTGlzdCkSEDhlYTk1ZjA3Njg1ZTlkZWQaDGV2ZW50OnByZWZpeCIXCgVpdGVtcxIOMgwKAhAGCgIQ"
      + "AgoCEAQohwEyHAoaCgZwcmVmaXgSEGphdmEubGFuZy5TdHJpbmdQ4vT4naM0WOL0+J2jNA==";

  @Test
  void anInstanceStoredWithoutAGraphContinues() throws Exception {
    byte[] state = Base64.getDecoder().decode(WAITING_FOR_PREFIX);
    InstanceRecord record = InstanceRecord.parseFrom(state);
    assertEquals(0, record.getObjectsCount());
    try (Engine engine = Engine.builder().store(H2Store.inMemory("before-graphs"))
        .receiver(Flows.class, new Flows()).build()) {
      engine.store().insert(new StoredInstance(record.getId(), record.getEntryMethod(),
          record.getStatus().name(), record.getRevision(), state));
      Outcome<?> outcome = engine.resume("legacy", "prefix", "n");
      assertEquals("n9,n3,n6", outcome.result());
      assertEquals("n9,n3,n6", engine.status("legacy").result());
    }
  }
}
