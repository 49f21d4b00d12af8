package dev.resumable.spring.app;

import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** Sends mail, here only as far as a future a test can wait for. */
@Component
public class Mailer {

  private final CompletableFuture<String> sent = new CompletableFuture<>();

  public void send(String mail) {
    sent.complete(mail);
  }

  public CompletableFuture<String> sent() {
    return sent;
  }
}
