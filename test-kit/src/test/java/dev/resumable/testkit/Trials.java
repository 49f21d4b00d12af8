package dev.resumable.testkit;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Duration;
import java.util.function.Consumer;

/** The workflow of the README's testing example: remind two days after confirmation. */
public class Trials {

  final Consumer<String> mailer;

  public Trials(Consumer<String> mailer) {
    this.mailer = mailer;
  }

  @Resumable
  public String trial(String email) {
    String plan = Await.event("confirmed", String.class);
    Await.sleep(Duration.ofDays(2));
    mailer.accept(email + ": your " + plan + " trial ends tomorrow");
    return "reminded " + email;
  }
}
