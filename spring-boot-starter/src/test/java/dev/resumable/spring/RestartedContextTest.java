package dev.resumable.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.spring.app.Mailer;
import dev.resumable.spring.app.Resumer;
import dev.resumable.spring.app.TrialApplication;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A workflow started in one run of the application goes on in the next, on the same store file.
 * The first run is a context of its own, closed before this test's context starts; the workflow
 * bean of the test's context receives the rest of the workflow, and its timer is fired by the
 * timer thread that started with that context.
 */
@SpringBootTest(classes = TrialApplication.class)
class RestartedContextTest {

  @TempDir
  static Path directory;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("resumable.h2.file", RestartedContextTest::storeFile);
  }

  private static String storeFile() {
    return directory.resolve("trials").toString();
  }

  @BeforeAll
  static void startTheWorkflowInAContextThatIsThenClosed() {
    Engine before;
    try (ConfigurableApplicationContext first = new SpringApplicationBuilder(
        TrialApplication.class).properties("resumable.h2.file=" + storeFile()).run()) {
      before = first.getBean(Engine.class);
      assertEquals(Status.WAITING,
          Resumer.on(before).startRemind("r-1", "ann@example.com").status());
    }
    assertThrows(IllegalStateException.class, () -> before.status("r-1"),
        "the engine closes with its context");
  }

  @Autowired
  Engine engine;

  @Autowired
  Mailer mailer;

  @Test
  void theWorkflowGoesOnInTheRestartedContext() throws Exception {
    Resumer reminders = Resumer.on(engine);
    assertEquals(Status.WAITING, reminders.resume("r-1", "confirmed", "pro").status());
    assertEquals("ann@example.com: your pro trial", mailer.sent().get(1, TimeUnit.MINUTES),
        "the timer thread fires the timer");
    // Waits for the timer's step to commit: two calls on one instance never interleave.
    Outcome<?> outcome = reminders.resume("r-1", "answered", "thanks");
    assertEquals(Status.COMPLETED, outcome.status());
    assertEquals("ann@example.com answered thanks", outcome.result());
  }
}
