package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Instances that background work (the timer sweep, signals) found it could not read or run. They
 * are skipped, so that they never hold up the others, and each is reported once: again only if
 * its stored revision changes (someone repaired it) and it still fails.
 */
final class Quarantine {

  private final Map<String, Long> reported = new ConcurrentHashMap<>();
  private final Consumer<Throwable> errors;
  private final Listeners listeners;

  Quarantine(Consumer<Throwable> errors, Listeners listeners) {
    this.errors = errors;
    this.listeners = listeners;
  }

  /** Records that work on {@code id} at {@code revision} failed with {@code e}; reports it once. */
  void hold(String id, long revision, RuntimeException e) {
    Long before = reported.put(id, revision);
    if (before == null || before != revision) {
      errors.accept(e);
      if (e instanceof UnreadableInstanceException unreadable) {
        listeners.unreadable(id, unreadable);
      }
    }
  }

  /**
   * The ids of those of {@code indexed} that can be read and whose stored record {@code
   * confirms}; the unreadable ones are held here, so that one damaged instance indexed under a
   * key does not make the key useless. If none can be read, the first one's exception is thrown:
   * the caller learns why its event went nowhere.
   */
  List<String> readableOf(List<String> indexed, Store store, StoredRecordChecker checker,
      Predicate<InstanceRecord> confirms) {
    List<String> readable = new ArrayList<>();
    UnreadableInstanceException first = null;
    for (String id : indexed) {
      Optional<StoredInstance> row = store.load(id);
      try {
        if (row.isPresent() && confirms.test(checker.read(row.get()))) {
          readable.add(id);
        }
      } catch (UnreadableInstanceException e) {
        first = first == null ? e : first;
        hold(id, row.get().revision(), e);
      }
    }
    if (readable.isEmpty() && first != null) {
      throw first;
    }
    return readable;
  }

  /** {@code id} worked: a later failure of it is news again. */
  void release(String id) {
    reported.remove(id);
  }
}
