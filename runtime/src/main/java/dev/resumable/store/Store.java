package dev.resumable.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where instances live between resumes. Every method is atomic; {@link #insert} and {@link
 * #update} are durable when they return: a process or machine crash afterwards loses nothing.
 *
 * <p>Implementations are safe for use from several threads.
 */
public interface Store extends AutoCloseable {

  Optional<StoredInstance> load(String id);

  /** Stores a new instance; throws {@link InstanceExistsException} if the id is taken. */
  void insert(StoredInstance instance);

  /**
   * Replaces the instance stored under {@code instance.id()}, provided its stored revision is
   * still {@code expectedRevision}; otherwise throws {@link RevisionConflictException} and
   * changes nothing. {@code instance.revision()} must be {@code expectedRevision + 1}.
   */
  void update(StoredInstance instance, long expectedRevision);

  /**
   * Ids of instances whose timer is due at {@code now}, earliest first (ties by id), at most
   * {@code limit}.
   * Found by an index, so instances waiting for later timers cost nothing here.
   */
  List<String> due(Instant now, int limit);

  /** The instances waiting for the event with this {@code name/key}, found by an index. */
  List<String> waitingFor(String waitKey);

  /** When the earliest timer any instance waits for is due; empty if none waits for a timer. */
  Optional<Instant> nextDue();

  @Override
  void close();
}
