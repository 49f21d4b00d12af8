package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Step;
import dev.resumable.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * HelloAsyncActivityCompletion: an external service completes the work later; the workflow hands
 * it its own id as the address to reply to, and waits for the reply as an event.
 */
public class HelloAsyncActivityCompletion {

  /** The external service: it takes requests now and replies some time later. */
  public static class Translator {
    final List<String> requests = new ArrayList<>();

    @Step
    public void requestTranslation(String text) {
      requests.add(Workflow.instanceId() + ": " + text);
    }
  }

  final Translator translator;

  public HelloAsyncActivityCompletion(Translator translator) {
    this.translator = translator;
  }

  @Resumable
  public String translate(String text) {
    translator.requestTranslation(text);
    return Await.event("translated", String.class);
  }
}
