package dev.resumable.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Group commit for one database: inserts and updates that callers on different threads hand in
 * at the same time are written in one transaction and forced to the device once.
 *
 * <p>A caller queues its write. If no batch is being written, it becomes the leader: it takes
 * what is queued at that moment, writes and commits it, forces the file, and wakes the callers it
 * carried. Whoever queues meanwhile waits, and one of them leads the next batch as soon as this
 * one is done. A lone caller therefore commits at once, and under load each force carries every
 * write that arrived during the previous one.
 *
 * <p>Each write that shares its batch runs behind a savepoint of its own: one that fails (id
 * taken, revision moved on) is rolled back to it and fails only its own caller. A failed commit
 * or force fails every write the batch carried. A batch holds at most one write per id, so every
 * check sees committed data and its verdict stands whatever becomes of the rest of the batch.
 *
 * <p>Reads run in parallel with each other, but never while a batch writes ({@link #read}). With
 * {@code WRITE_DELAY=0} H2 writes everything not yet written whenever any connection commits or
 * rolls back, and its pool rolls back each connection it hands out or takes back. A read beside a
 * batch would therefore write the batch's transaction half done, and MVStore takes the maps of
 * such a write one after another while the batch changes them: measured, the undo log can be
 * taken before an index change it should undo. A kill before the batch's own commit then left
 * that torn version as the newest one, and recovery rolled the unfinished transaction back
 * without that change: a primary-key entry stayed deleted, and the instance read as absent.
 */
final class GroupCommitter {

  /**
   * The most writes in one transaction. Beyond about 128 rows per commit the gain per row
   * flattens (DESIGN.md), while every caller in the batch waits for all of it.
   */
  static final int MAX_BATCH = 128;

  /** What tests watch; called on the thread doing the work. */
  interface Observer {
    Observer NONE = new Observer() {};

    /** A write joined the queue, which now holds {@code queued}; runs under the queue lock. */
    default void queued(int queued) {}

    /** A leader holds the file and is about to write a batch of {@code size} writes. */
    default void committing(int size) {}
  }

  private final boolean forceToDevice;

  // Guards the queue and the leader flag; never held while SQL runs.
  private final ReentrantLock queueLock = new ReentrantLock();
  private final Condition batchFinished = queueLock.newCondition();
  private final ArrayDeque<PendingWrite> queue = new ArrayDeque<>();
  private boolean leaderActive;

  // Held for writing while a batch, a schema migration or a close writes the file: every write
  // must be forced before the next one may reuse space that the forced file still points to.
  // Held for reading by every read, whose connection may make H2 write what is pending.
  private final ReentrantReadWriteLock fileLock = new ReentrantReadWriteLock();

  private volatile Observer observer = Observer.NONE;

  /** {@code forceToDevice} is false for an in-memory database, which has no device. */
  GroupCommitter(boolean forceToDevice) {
    this.forceToDevice = forceToDevice;
  }

  void observe(Observer observer) {
    this.observer = observer;
  }

  /** Returns once {@code write} is committed and forced; throws what kept it from that. */
  void write(PendingWrite write) {
    queueLock.lock();
    try {
      queue.add(write);
      observer.queued(queue.size());
      while (!write.done()) {
        if (leaderActive) {
          // A leader may already carry this write; only its outcome can tell the caller whether
          // the write happened, so an interrupt does not end the wait.
          batchFinished.awaitUninterruptibly();
        } else {
          lead();
        }
      }
    } finally {
      queueLock.unlock();
    }
    write.rethrowFailure();
  }

  /** Entered and left with the queue lock held; lets go of it while the batch is written. */
  private void lead() {
    leaderActive = true;
    List<PendingWrite> batch = takeBatch();
    queueLock.unlock();
    try {
      commit(batch);
    } finally {
      queueLock.lock();
      leaderActive = false;
      batchFinished.signalAll();
    }
  }

  private List<PendingWrite> takeBatch() {
    List<PendingWrite> batch = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Iterator<PendingWrite> queued = queue.iterator();
    while (queued.hasNext() && batch.size() < MAX_BATCH) {
      PendingWrite write = queued.next();
      // A second write of an id stays for the next batch, where its check sees the first one's
      // outcome as committed data.
      if (write.ids.stream().noneMatch(ids::contains)) {
        ids.addAll(write.ids);
        batch.add(write);
        queued.remove();
      }
    }
    return batch;
  }

  /** Settles every write of {@code batch}; throws nothing, so no caller is left waiting. */
  private void commit(List<PendingWrite> batch) {
    List<PendingWrite> committed = List.of();
    fileLock.writeLock().lock();
    try {
      observer.committing(batch.size());
      List<PendingWrite> open = new ArrayList<>();
      for (PendingWrite write : batch) {
        if (write.store.isClosed()) {
          write.failed(write.store.closedException());
        } else {
          open.add(write);
        }
      }
      if (!open.isEmpty()) {
        committed = writeAndForce(open);
      }
    } catch (Throwable e) {
      for (PendingWrite write : batch) {
        if (!write.done()) {
          write.failed(write.failure(e));
        }
      }
    } finally {
      fileLock.writeLock().unlock();
    }
    tellCommitted(committed);
  }

  /** Each store that had a write in the commit hears its size; outside the file lock. */
  private static void tellCommitted(List<PendingWrite> committed) {
    committed.stream().map(write -> write.store).distinct()
        .forEach(store -> store.committedBatch(committed.size()));
  }

  /** Returns the writes committed and forced; empty if none was. */
  private List<PendingWrite> writeAndForce(List<PendingWrite> batch) throws SQLException {
    // The writes may come from several stores on this file; all reach the same database. A
    // store closes only while holding the file lock, so the one lent here stays open.
    try (Connection connection = batch.get(0).store.pooledConnection()) {
      connection.setAutoCommit(false);
      List<PendingWrite> carried = new ArrayList<>();
      try {
        boolean alone = batch.size() == 1;
        for (PendingWrite write : batch) {
          if (runUndoably(connection, write, alone)) {
            carried.add(write);
          }
        }
        if (carried.isEmpty()) {
          connection.rollback();
          return List.of();
        }
        connection.commit();
      } catch (Throwable e) {
        rollbackQuietly(connection, e);
        throw e;
      }
      try {
        force(connection);
      } catch (SQLException e) {
        for (PendingWrite write : carried) {
          write.failed(write.notForced(e));
        }
        return List.of();
      }
      carried.forEach(PendingWrite::succeeded);
      return carried;
    }
  }

  /** True if the write is in the transaction; false if it failed and was undone on its own. */
  private static boolean runUndoably(Connection connection, PendingWrite write,
      boolean alone) throws SQLException {
    // Alone in its batch, a write is undone with the whole transaction and needs no savepoint:
    // a lone writer pays nothing for the batching.
    Savepoint before = alone ? null : connection.setSavepoint();
    try {
      write.work.run(connection);
      return true;
    } catch (SQLException e) {
      undo(connection, before);
      write.failed(write.failure(e));
    } catch (RuntimeException e) {
      undo(connection, before);
      write.failed(e);
    }
    return false;
  }

  private static void undo(Connection connection, Savepoint before) throws SQLException {
    if (before == null) {
      connection.rollback();
    } else {
      connection.rollback(before);
    }
  }

  /**
   * Runs {@code work} in a transaction of its own while no batch writes, and forces it. For the
   * schema migration: H2 commits DDL at once, so it cannot share a transaction with others.
   */
  void commitAlone(H2Store store, SqlWork<?> work) throws SQLException {
    fileLock.writeLock().lock();
    // Inside the lock: the pool rolls the connection back as it hands it out, which may write.
    try (Connection connection = store.pooledConnection()) {
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (Throwable e) {
        rollbackQuietly(connection, e);
        throw e;
      }
      force(connection);
    } finally {
      fileLock.writeLock().unlock();
    }
  }

  /**
   * Runs {@code work} on a connection of {@code store} in auto-commit mode, in parallel with
   * other reads but not while a batch writes; for work that changes nothing.
   */
  <T> T read(H2Store store, SqlWork<T> work) throws SQLException {
    fileLock.readLock().lock();
    // Taking and returning the connection are inside the lock: both roll back, and may write.
    try (Connection connection = store.pooledConnection()) {
      connection.setAutoCommit(true);
      return work.run(connection);
    } finally {
      fileLock.readLock().unlock();
    }
  }

  /** SQL run while no batch writes. */
  interface SqlCall<T> {
    T run() throws SQLException;
  }

  /** Runs {@code call}, e.g. opening the database, while no batch writes the file. */
  <T> T exclusively(SqlCall<T> call) throws SQLException {
    fileLock.writeLock().lock();
    try {
      return call.run();
    } finally {
      fileLock.writeLock().unlock();
    }
  }

  /** For tests: whether a batch, a migration or a close holds the file. */
  boolean batchWriting() {
    return fileLock.isWriteLocked();
  }

  /** For tests: whether this thread holds the file for a batch, a migration or a close. */
  boolean holdsFileForWriting() {
    return fileLock.isWriteLockedByCurrentThread();
  }

  /** Runs {@code action}, e.g. closing a connection pool, while no batch writes the file. */
  void whileNoBatchWrites(Runnable action) {
    fileLock.writeLock().lock();
    try {
      action.run();
    } finally {
      fileLock.writeLock().unlock();
    }
  }

  private void force(Connection connection) throws SQLException {
    if (!forceToDevice) {
      return;
    }
    // CHECKPOINT SYNC writes what is pending and calls FileChannel.force on the file.
    try (Statement sql = connection.createStatement()) {
      sql.execute("CHECKPOINT SYNC");
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
