package dev.resumable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.spring.app.Mailer;
import dev.resumable.spring.app.Reminders;
import dev.resumable.spring.app.Resumer;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code resumable.store-type=postgres}: the engine on the application's DataSource. */
class PostgresStoreTypeTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ResumableAutoConfiguration.class))
      .withPropertyValues("resumable.store-type=postgres", "resumable.timers.enabled=false")
      .withBean(Mailer.class).withBean(Reminders.class);

  @Test
  void theEngineKeepsItsInstancesInTheApplicationsDatabase() {
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setURL(TestPostgres.freshSchemaUrl());
    runner.withBean(DataSource.class, () -> database).run(context -> {
      Engine engine = context.getBean(Engine.class);
      assertThat(engine.store()).isInstanceOf(PostgresStore.class);
      Resumer.on(engine).startRemind("r-1", "ann@example.com");
    });
    // A second context on the same database finds the instance where the first left it.
    runner.withBean(DataSource.class, () -> database).run(context -> assertThat(
        context.getBean(Engine.class).status("r-1").status()).isEqualTo(Status.WAITING));
  }

  @Test
  void withoutADataSourceTheContextFailsSayingWhatToSet() {
    runner.run(context -> assertThat(context).getFailure().rootCause()
        .hasMessageContaining("resumable.store-type=postgres runs on the application's"
            + " DataSource, and there is none; set spring.datasource.url"));
  }
}
