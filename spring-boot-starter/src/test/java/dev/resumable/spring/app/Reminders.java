package dev.resumable.spring.app;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** A workflow bean: its @Resumable method runs on it, with the mailer Spring injected. */
@Component
public class Reminders {

  final Mailer mailer;

  public Reminders(Mailer mailer) {
    this.mailer = mailer;
  }

  @Resumable
  public String remind(String email) {
    String plan = Await.event("confirmed", String.class);
    Await.sleep(Duration.ofMillis(10)); // fired by the engine's timer thread
    mailer.send(email + ": your " + plan + " trial");
    String answer = Await.event("answered", String.class);
    return email + " answered " + answer;
  }
}
