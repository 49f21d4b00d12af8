package dev.resumable;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets calls into an engine through until it closes: closing refuses new calls at once, then
 * waits for the calls in progress to finish before it closes what they use.
 */
final class CallGate {

  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final Runnable afterCall;
  private final Runnable onClosing;
  private volatile boolean closed;
  private boolean shut; // under the write lock

  CallGate(Runnable afterCall, Runnable onClosing) {
    this.afterCall = afterCall;
    this.onClosing = onClosing;
  }

  boolean isClosed() {
    return closed;
  }

  /**
   * Runs a call that closing waits for, and refuses calls once closing began. The read lock is
   * taken without waiting: a caller must be refused, not queued behind a closing engine.
   */
  <T> T whileOpen(Supplier<T> call) {
    if (closed || !lifecycle.readLock().tryLock()) {
      throw closedEngine();
    }
    boolean outermost = lifecycle.getReadHoldCount() == 1;
    try {
      if (closed && outermost) {
        throw closedEngine(); // closing began between the check and the lock
      }
      return call.get();
    } finally {
      lifecycle.readLock().unlock();
      if (outermost) {
        afterCall.run();
      }
    }
  }

  /** Refuses new calls from now on; the first time, tells whoever asked to know. */
  synchronized void refuseNewCalls() {
    if (!closed) {
      closed = true;
      onClosing.run();
    }
  }

  /** Once the calls in progress have finished, runs {@code shutdown}, the first time only. */
  void closeAfterCallsInProgress(Runnable shutdown) {
    refuseNewCalls();
    lifecycle.writeLock().lock();
    try {
      if (!shut) {
        shut = true;
        shutdown.run();
      }
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  static IllegalStateException closedEngine() {
    return new IllegalStateException("the engine is closed; open a new one on the same store to"
        + " go on");
  }
}
