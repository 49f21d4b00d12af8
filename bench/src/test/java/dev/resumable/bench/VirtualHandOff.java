package dev.resumable.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Two virtual threads that pass a turn back and forth with park and unpark: each pass suspends
 * one continuation and resumes the other, which is the JVM's own suspend and resume. Virtual
 * threads are reached through a method handle because this code compiles for Java 17.
 */
final class VirtualHandOff implements AutoCloseable {

  /** The first Java release in which virtual threads are final, not a preview. */
  static final int VIRTUAL_THREADS_SINCE = 21;

  private static final int IDLE = -1;

  private final Thread[] players = new Thread[2];
  private volatile int turn = IDLE;
  private volatile int remaining;
  private volatile int turnsTaken;
  private volatile boolean stopped;
  private volatile CountDownLatch finished;

  VirtualHandOff() {
    MethodHandle startVirtualThread = startVirtualThread();
    for (int i = 0; i < players.length; i++) {
      int me = i;
      try {
        players[i] = (Thread) startVirtualThread.invoke((Runnable) () -> play(me));
      } catch (Throwable e) {
        throw new IllegalStateException("could not start a virtual thread: " + e, e);
      }
    }
  }

  static boolean available() {
    return Runtime.version().feature() >= VIRTUAL_THREADS_SINCE;
  }

  private static MethodHandle startVirtualThread() {
    if (!available()) {
      throw new UnsupportedOperationException("virtual threads need JDK "
          + VIRTUAL_THREADS_SINCE + "+; this is " + Runtime.version());
    }
    try {
      return MethodHandles.publicLookup().findStatic(Thread.class, "startVirtualThread",
          MethodType.methodType(Thread.class, Runnable.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("JDK " + Runtime.version() + " has no"
          + " Thread.startVirtualThread", e);
    }
  }

  /**
   * Passes the turn {@code passes} times between the two threads, the first time from this one;
   * returns when they are done, with the number of turns the threads took.
   */
  int pass(int passes) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    finished = done;
    turnsTaken = 0;
    remaining = passes;
    turn = 0;
    LockSupport.unpark(players[0]);
    done.await();
    return turnsTaken;
  }

  private void play(int me) {
    while (true) {
      while (turn != me) {
        if (stopped) {
          return;
        }
        LockSupport.park(this);
      }
      // Only the thread whose turn it is writes remaining, and the turn passes by a volatile.
      turnsTaken = turnsTaken + 1;
      int left = remaining - 1;
      remaining = left;
      if (left <= 0) {
        turn = IDLE;
        finished.countDown();
      } else {
        turn = 1 - me;
        LockSupport.unpark(players[1 - me]);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    stopped = true;
    for (Thread player : players) {
      LockSupport.unpark(player);
    }
    for (Thread player : players) {
      player.join();
    }
  }
}
