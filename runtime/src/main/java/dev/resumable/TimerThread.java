package dev.resumable;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The engine's thread that fires due timers every poll interval, once started, until stopped. */
final class TimerThread {

  private final Duration pollInterval;
  private final Runnable fireDue;
  private final Consumer<Throwable> errors;
  private ScheduledExecutorService timers;

  TimerThread(Duration pollInterval, Runnable fireDue, Consumer<Throwable> errors) {
    this.pollInterval = pollInterval;
    this.fireDue = fireDue;
    this.errors = errors;
  }

  synchronized void start() {
    if (timers == null) {
      timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "resumable-timers");
        thread.setDaemon(true);
        return thread;
      });
      timers.scheduleWithFixedDelay(this::fireDueQuietly, 0, pollInterval.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  synchronized void stop() {
    timers = WorkerPool.stopAndWait(timers);
  }

  private void fireDueQuietly() {
    try {
      fireDue.run();
    } catch (RuntimeException e) {
      errors.accept(e); // the next poll tries again
    }
  }
}
