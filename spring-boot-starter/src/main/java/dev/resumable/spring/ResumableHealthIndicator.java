package dev.resumable.spring;

import dev.resumable.Engine;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up while the engine is open and its store answers a query (the next due timer, an indexed
 * look-up); down with the reason otherwise.
 */
public class ResumableHealthIndicator extends AbstractHealthIndicator {

  private final Engine engine;

  public ResumableHealthIndicator(Engine engine) {
    super("the Resumable engine or its store did not answer");
    this.engine = engine;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    var nextTimer = engine.nextTimerDue();
    health.up().withDetail("store", engine.store().toString())
        .withDetail("nextTimerDue", nextTimer.map(Object::toString).orElse("none"));
  }
}
