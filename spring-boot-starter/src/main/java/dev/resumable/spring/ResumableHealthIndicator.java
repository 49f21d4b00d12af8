package dev.resumable.spring;

import dev.resumable.Engine;
import dev.resumable.EngineHealth;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The engine's {@link EngineHealth}: up while the engine is open, its store answers and no timer
 * has been overdue longer than {@code resumable.health.overdue-limit}; down with the reason
 * otherwise.
 */
public class ResumableHealthIndicator extends AbstractHealthIndicator {

  private final EngineHealth health;

  public ResumableHealthIndicator(Engine engine, Duration overdueLimit) {
    super("the Resumable engine or its store did not answer");
    this.health = EngineHealth.of(engine).withOverdueLimit(overdueLimit);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    EngineHealth.Report report = health.check();
    (report.up() ? builder.up() : builder.down()).withDetails(report.details());
  }
}
