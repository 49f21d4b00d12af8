package dev.resumable.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.store.ChangeSet;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** PostgreSQL commits each change set alone, and tells each commit as a batch of one. */
class PostgresCommitBatchTest {

  private static StoredInstance instance(String id, long revision) {
    return new StoredInstance(id, "shop.checkout", "WAITING", revision,
        (id + " at " + revision).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachCommittedChangeSetIsToldOnceAndARefusedOneNot() {
    try (Store store = PostgresStore.open(TestPostgres.freshSchemaUrl())) {
      List<Integer> told = new CopyOnWriteArrayList<>();
      store.onCommitBatch(told::add);

      store.insert(instance("a", 1));
      store.commit(ChangeSet.builder().insert(instance("b", 1))
          .update(instance("a", 2), 1).build());
      assertThrows(InstanceExistsException.class, () -> store.insert(instance("b", 1)));

      assertEquals(List.of(1, 1), told);
    }
  }
}
