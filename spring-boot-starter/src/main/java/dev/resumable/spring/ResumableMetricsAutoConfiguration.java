package dev.resumable.spring;

import dev.resumable.Engine;
import dev.resumable.micrometer.ResumableMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The engine's metrics on the application's {@link MeterRegistry}, where Micrometer is there
 * (Actuator brings it): the auto-configured engine takes the {@link ResumableMetrics} bean as
 * its listener and extension. Off with {@code resumable.metrics.enabled=false}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple"
        + ".SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({Engine.class, MeterRegistry.class, ResumableMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "resumable.metrics", name = "enabled", matchIfMissing = true)
public class ResumableMetricsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public ResumableMetrics resumableMetrics(MeterRegistry registry,
      ResumableProperties properties) {
    return new ResumableMetrics(registry)
        .withCountsMaxAge(properties.getMetrics().getCountsMaxAge());
  }
}
