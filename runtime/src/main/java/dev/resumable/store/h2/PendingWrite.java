package dev.resumable.store.h2;

import dev.resumable.store.StoreException;
import java.sql.SQLException;
import java.util.List;

/** One caller's change set (or claim) on its way through a {@link GroupCommitter}, then its outcome. */
final class PendingWrite {

  final H2Store store;
  final String operation;
  final String id;
  /** The instances it writes, each at most once per batch; empty for a claim or a sweep. */
  final List<String> ids;
  final SqlWork<?> work;

  // Set by the leader that carried the write, without the queue lock, while its caller may be
  // looking: done is volatile and set last, so a caller that sees it also sees the failure.
  private volatile boolean done;
  private RuntimeException failure;

  /** {@code id} names what is written in messages (null for the store as a whole). */
  PendingWrite(H2Store store, String operation, String id, List<String> ids, SqlWork<?> work) {
    this.store = store;
    this.operation = operation;
    this.id = id;
    this.ids = ids;
    this.work = work;
  }

  boolean done() {
    return done;
  }

  void succeeded() {
    done = true;
  }

  void failed(RuntimeException failure) {
    this.failure = failure;
    done = true;
  }

  /** Returns if the write is durable; throws why it is not. */
  void rethrowFailure() {
    if (failure != null) {
      throw failure;
    }
  }

  /** The failure to report to this caller when {@code cause} failed the write or its batch. */
  StoreException failure(Throwable cause) {
    return cause instanceof SQLException sql
        ? store.failure(operation, id, sql)
        : new StoreException("could not " + store.what(operation, id) + ": " + cause, cause);
  }

  StoreException notForced(SQLException cause) {
    return store.notForced(operation, id, cause);
  }
}
