package dev.resumable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.resumable.Engine;
import dev.resumable.micrometer.ResumableMetrics;
import dev.resumable.spring.app.EngineUser;
import dev.resumable.spring.app.Mailer;
import dev.resumable.spring.app.Reminders;
import dev.resumable.spring.app.Resumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCurrentlyInCreationException;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ResumableAutoConfigurationTest {

  @TempDir
  Path directory;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ResumableAutoConfiguration.class,
            ResumableHealthAutoConfiguration.class, ResumableMetricsAutoConfiguration.class))
        .withPropertyValues("resumable.h2.file=" + directory.resolve("store"));
  }

  @Test
  void theEngineRunsOnTheConfiguredFileWithTheWorkflowBeanAsReceiver() {
    runner().withBean(Mailer.class).withBean(Reminders.class).run(context -> {
      Engine engine = context.getBean(Engine.class);
      assertThat(engine.store().toString()).contains(directory.resolve("store").toString());
      assertThat(engine.receiverOf(Reminders.class)).isSameAs(context.getBean(Reminders.class));
    });
  }

  @Test
  void anApplicationsOwnEngineIsLeftAlone() {
    runner().withBean(Engine.class, () -> Engine.builder()
        .storeFile(directory.resolve("own")).build()).run(context -> {
          assertThat(context).hasSingleBean(Engine.class);
          assertThat(context.getBean(Engine.class).store().toString()).contains("own");
        });
  }

  @Test
  void twoBeansOfOneWorkflowClassAreRefusedNamingBoth() {
    runner().withBean(Mailer.class)
        .withBean("first", Reminders.class, () -> new Reminders(new Mailer()))
        .withBean("second", Reminders.class, () -> new Reminders(new Mailer()))
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("beans 'first' and 'second' are both of workflow class "
                + Reminders.class.getName()));
  }

  @Test
  void aWorkflowBeanThatNeedsTheEngineIsACycleSpringReports() {
    runner().withBean(EngineUser.class).run(context -> assertThat(context).getFailure()
        .hasRootCauseInstanceOf(BeanCurrentlyInCreationException.class));
  }

  @Test
  void healthIsUpWhileTheEngineIsOpenAndDownOnceItIsClosed() {
    runner().run(context -> {
      ResumableHealthIndicator health = context.getBean(ResumableHealthIndicator.class);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      assertThat(health.health().getDetails()).containsEntry("oldestOverdueTimer", "none")
          .containsEntry("overdueLimit", "PT5M");
      context.getBean(Engine.class).close();
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.health().getDetails().get("reason").toString())
          .startsWith("the engine or its store did not answer");
    });
  }

  @Test
  void theHealthLimitOnOverdueTimersIsAProperty() {
    runner().withPropertyValues("resumable.health.overdue-limit=90s").run(context ->
        assertThat(context.getBean(ResumableHealthIndicator.class).health().getDetails())
            .containsEntry("overdueLimit", "PT1M30S"));
  }

  @Test
  void metricsGoToTheApplicationsMeterRegistry() {
    runner().withBean(Mailer.class).withBean(Reminders.class)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("resumable.metrics.counts-max-age=0s")
        .run(context -> {
          assertThat(context).hasSingleBean(ResumableMetrics.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          Resumer.on(context.getBean(Engine.class)).startRemind("r-1", "ann@example.com");
          String method = "dev.resumable.spring.app.Reminders#remind(java.lang.String)";
          assertThat(registry.get("resumable.instances.started").tag("method", method)
              .counter().count()).isEqualTo(1);
          assertThat(registry.get("resumable.instances.waiting").tag("method", method)
              .gauge().value()).isEqualTo(1);
          assertThat(registry.get("resumable.steps").tag("outcome", "waiting").timer().count())
              .isEqualTo(1);
        });
  }

  @Test
  void noMetricsWithoutAMeterRegistryOrWhenTurnedOff() {
    runner().run(context -> assertThat(context).doesNotHaveBean(ResumableMetrics.class));
    runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("resumable.metrics.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ResumableMetrics.class));
  }

  @Test
  void healthCanBeTurnedOff() {
    runner().withPropertyValues("management.health.resumable.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ResumableHealthIndicator.class));
  }

  @Test
  void thePropertiesHaveMetadataForTheIde() throws IOException {
    String metadata;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> names = JsonPath.read(metadata, "$.properties[*].name");
    assertThat(names).contains("resumable.store-type", "resumable.h2.file",
        "resumable.timers.enabled", "resumable.timers.poll-interval", "resumable.worker-threads",
        "resumable.health.overdue-limit", "resumable.metrics.enabled",
        "resumable.metrics.counts-max-age");
    List<String> described = JsonPath.read(metadata,
        "$.properties[?(@.name == 'resumable.h2.file')].description");
    assertThat(described).singleElement().asString().contains("resumable.store");
  }
}
