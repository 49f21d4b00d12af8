package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Each diagnostic about durable steps, on the call it concerns; and a step that compiles. */
class StepDiagnosticsTest {

  private static void assertFails(String body, String tag, String onLine) {
    Sources.assertError(body, tag, onLine);
  }

  @Test
  void aStepAndItsCallCompileWithoutWarnings() {
    Compilation compilation = Sources.compile(Sources.flow("""
          final Flow other = this;
          @Step(maxAttempts = 5, initialBackoff = "PT2S", retryOn = java.io.IOException.class)
          String fetch(String url, int tries) { return url + tries; }
          @Step static void log(String line) {}
          @Resumable String run(String url) {
            log("start");
            return other.fetch(url, 2) + Await.event("e", String.class);
          }
        """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void stepReceiverUsingALocal() {
    assertFails("""
          @Step String fetch(String url) { return url; }
          @Resumable String run(String url) {
            Flow local = new Flow();
            return local.fetch(url);
          }
        """, "StepReceiver", "local.fetch");
  }

  @Test
  void stepArgumentNotPersistable() {
    assertFails("""
          @Step String fetch(Thread thread) { return thread.getName(); }
          @Resumable String run() {
            return fetch(Thread.currentThread());
          }
        """, "StepNotPersistable", "return fetch");
  }

  @Test
  void stepResultNotPersistable() {
    assertFails("""
          @Step Thread spawn() { return new Thread(); }
          @Resumable void run() {
            spawn();
          }
        """, "StepNotPersistable", "spawn();");
  }

  @Test
  void stepPolicyDurationThatDoesNotParse() {
    assertFails("""
          @Step(initialBackoff = "2 seconds") String fetch() { return ""; }
          @Resumable String run() {
            return fetch();
          }
        """, "StepPolicy", "return fetch");
  }

  @Test
  void transactionalStepWithAnAttemptTimeout() {
    assertFails("""
          @Step(transactional = true, attemptTimeout = "PT5S") void record(String line) {}
          @Resumable void run() {
            record("paid");
          }
        """, "StepPolicy", "record(\"paid\")");
  }

  @Test
  void stepPolicyWithoutAttempts() {
    assertFails("""
          @Step(maxAttempts = 0) String fetch() { return ""; }
          @Resumable String run() {
            return fetch();
          }
        """, "StepPolicy", "return fetch");
  }

  @Test
  void genericStep() {
    assertFails("""
          @Step <T> T same(T t) { return t; }
          @Resumable String run() {
            return same("x");
          }
        """, "StepSignature", "return same");
  }

  @Test
  void stepThatIsAlsoResumable() {
    assertFails("""
          @Step @Resumable String both() { return ""; }
          @Resumable String run() {
            return both();
          }
        """, "StepAndResumable", "return both");
  }

  @Test
  void stepInALambdaOfAWorkflow() {
    assertFails("""
          @Step void log(String line) {}
          @Resumable void run(List<String> lines) {
            lines.forEach(l -> log(l));
          }
        """, "SuspendInLambda", "lines.forEach");
  }
}
