package dev.resumable.spring;

import dev.resumable.Engine;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The engine's health for Actuator ({@code management.health.resumable.enabled}). */
@AutoConfiguration(after = ResumableAutoConfiguration.class)
@ConditionalOnClass({Engine.class, HealthIndicator.class})
@ConditionalOnBean(Engine.class)
@ConditionalOnEnabledHealthIndicator("resumable")
public class ResumableHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "resumableHealthIndicator")
  public ResumableHealthIndicator resumableHealthIndicator(Engine engine,
      ResumableProperties properties) {
    return new ResumableHealthIndicator(engine, properties.getHealth().getOverdueLimit());
  }
}
