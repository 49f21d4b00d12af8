package dev.resumable.spring;

import dev.resumable.Engine;
import org.springframework.context.SmartLifecycle;

/**
 * Ties the engine's timer thread to the context: it starts once every bean is ready, so no timer
 * fires into an application that is still starting. It stops when the engine closes, as the
 * context's beans are destroyed, after the phases that stop taking requests.
 */
public class ResumableTimers implements SmartLifecycle {

  private final Engine engine;
  private final boolean enabled;
  private volatile boolean running;

  ResumableTimers(Engine engine, boolean enabled) {
    this.engine = engine;
    this.enabled = enabled;
  }

  @Override
  public void start() {
    if (enabled) {
      engine.start();
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false; // the thread ends with Engine.close(), which finishes the steps in progress
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
