package dev.resumable.store;

import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Where instances live between resumes. Every method is atomic; {@link #commit} (and so {@link
 * #insert} and {@link #update}) is durable when it returns: a process or machine crash
 * afterwards loses nothing.
 *
 * <p>Several engine processes may share one store. What keeps them apart is here: a step's
 * whole change set commits at once or not at all, every update is a compare-and-set on the
 * instance's revision, an insert fails if the id is taken, and background work that is due (a
 * timer, an ended instance to settle) is <em>claimed</em> for a while by one engine so that the
 * others leave it alone, until the claim is released, cleared by a commit, or expires because
 * the engine that took it died.
 *
 * <p>Implementations are safe for use from several threads. The abstract suites of the {@code
 * resumable-store-contract} artifact say what every store must do; a store runs them in its
 * tests.
 */
public interface Store extends AutoCloseable {

  /** The statuses of an instance that has finished: nothing will run it again. */
  Set<String> FINISHED_STATUSES = Set.of("COMPLETED", "FAILED", "CANCELLED");

  Optional<StoredInstance> load(String id);

  /**
   * Commits every change of {@code changes} in one transaction: all of them or, if any is
   * refused, none. An insert whose id is taken throws {@link InstanceExistsException}; an update
   * whose instance is no longer at its expected revision throws {@link
   * RevisionConflictException}. Every instance written loses its claim (see {@link #claimDue}).
   */
  void commit(ChangeSet changes);

  /**
   * Runs {@code work} in one transaction of the store's database and commits, in that same
   * transaction, the change set it returns, as {@link #commit} would: what the work wrote (the
   * application's own tables) and the change set are committed together, durably, or not at all.
   * If the work throws, or the change set is refused, the transaction is rolled back and the
   * exception is thrown here. What a transactional step runs on.
   *
   * @throws UnsupportedOperationException if the store keeps no database that the application's
   *     tables can share
   */
  default void commitWith(TransactionalWork work) {
    throw new UnsupportedOperationException(this + " runs no transactional work");
  }

  /** Stores a new instance; throws {@link InstanceExistsException} if the id is taken. */
  default void insert(StoredInstance instance) {
    commit(ChangeSet.builder().insert(instance).build());
  }

  /**
   * Replaces the instance stored under {@code instance.id()}, provided its stored revision is
   * still {@code expectedRevision}; otherwise throws {@link RevisionConflictException} and
   * changes nothing. {@code instance.revision()} must be {@code expectedRevision + 1}.
   */
  default void update(StoredInstance instance, long expectedRevision) {
    commit(ChangeSet.builder().update(instance, expectedRevision).build());
  }

  /**
   * Claims up to {@code limit} instances whose timer is due at {@code now} and that no one has
   * claimed, or whose claim expired by {@code now}; returns their ids, earliest due first (ties
   * by id). Each stays claimed by {@code owner} until {@code now + lease}, or until a commit
   * writes it or {@link #releaseClaim} gives it up; meanwhile no call of this method, by any
   * owner, returns it again. Found by an index, so instances waiting for later timers cost
   * nothing here. {@code now} is the engine's clock, so engines sharing a store need clocks
   * that agree to well within the lease.
   */
  List<String> claimDue(Instant now, int limit, String owner, Duration lease);

  /** Gives up {@code owner}'s claim on instance {@code id}; nothing if it holds none. */
  void releaseClaim(String id, String owner);

  /** The instances waiting for the event with this {@code name/key}, found by an index. */
  List<String> waitingFor(String waitKey);

  /** When the earliest timer any instance waits for is due; empty if none waits for a timer. */
  Optional<Instant> nextDue();

  /**
   * A page of instances in id order: those with an id after {@code afterId} (null for the first
   * page) and, unless {@code status} is null, with that status; at most {@code limit}.
   */
  List<InstanceSummary> list(String status, String afterId, int limit);

  /**
   * A page of the instances that {@code query} finds, in its order, found by indexes (see {@link
   * QuerySql}). What an instance is found by is what the last write gave in {@link
   * StoredInstance#index()}.
   *
   * @throws UnsupportedOperationException if this store cannot answer queries
   */
  default InstancePage query(InstanceQuery query) {
    throw new UnsupportedOperationException(this + " answers no queries");
  }

  /** How many instances {@code query} finds, by status and method; its order and page aside. */
  default InstanceCounts count(InstanceQuery query) {
    throw new UnsupportedOperationException(this + " counts no instances");
  }

  /** The search attributes instance {@code id} has set, by name; empty if none or no instance. */
  default Map<String, AttributeValue> attributes(String id) {
    throw new UnsupportedOperationException(this + " keeps no search attributes");
  }

  /** Deletes instance {@code id} whatever its state; false if there was none. */
  boolean delete(String id);

  /**
   * Deletes up to {@code limit} instances that have {@linkplain #FINISHED_STATUSES finished},
   * have nothing left to settle (no due time) and were last written before {@code
   * writtenBefore}; returns how many. Retention calls it until it returns less than the limit.
   */
  int deleteFinished(Instant writtenBefore, int limit);

  /**
   * From now until the store closes, tells {@code batches} how many writes each durable commit
   * of the store carried, for metrics: a store that commits the writes of concurrent callers
   * together (the embedded one does) tells the size of each group, a store that commits each
   * write alone tells 1 per commit. Called on the committing thread, after the commit; it must
   * be quick and must not throw. By default nothing is told.
   */
  default void onCommitBatch(IntConsumer batches) {}

  /**
   * Holds instance {@code id} against every other engine process on this store until the hold
   * is closed: while one holds it, a second hold of it, by any process, waits. The engine holds
   * an instance from loading it to committing its step, so that two processes never both run
   * its code. Engines in one JVM on stores of equal {@link #dataKey() data keys} are kept apart
   * by locks of their own first; a hold is what keeps other processes out. Not reentrant: the
   * engine holds an instance once per thread.
   *
   * <p>By default nothing is held, which suits a store that only one process opens at a time
   * (the embedded H2 file, whose file lock keeps other processes out). An update that another
   * process slipped in before anyway fails as a {@link RevisionConflictException}, which the
   * engine retries from the stored state.
   */
  default Hold hold(String id) {
    return Hold.NONE;
  }

  /** A hold on one instance (see {@link #hold}); closing it gives it up, and never throws. */
  interface Hold extends AutoCloseable {

    /** What a store that needs no hold gives. */
    Hold NONE = () -> {};

    @Override
    void close();
  }

  /**
   * What two stores in this JVM opened on the same data have in common, and no store on other
   * data has: engines on equal keys share the locks that keep calls on one instance apart. By
   * default the store itself.
   */
  default Object dataKey() {
    return this;
  }

  @Override
  void close();
}
