package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Each diagnostic about a saga's compensations, on the onUndo call; and a saga that compiles. */
class SagaDiagnosticsTest {

  private static final String STEPS = """
        @Step String book(String what) { return what; }
        @Step String bookCar(String what) { return what; }
        @Step void cancel(String booking, int tries) {}
        @Resumable String unused() { return ""; }
      """;

  @Test
  void aSagaWithItsCompensationsCompilesWithoutWarnings() {
    Compilation compilation = Sources.compile(Sources.flow(STEPS + """
          @Resumable String run(String trip) throws Exception {
            dev.resumable.Saga saga = new dev.resumable.Saga();
            String booked = book(trip);
            saga.onUndo(() -> cancel(booked, 2));
            try {
              return bookCar(trip);
            } catch (RuntimeException e) {
              saga.compensate();
              return "cancelled";
            }
          }
        """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void undoThatIsNotALambda() {
    Sources.assertError(STEPS + """
          @Resumable void run(String trip) {
            dev.resumable.Saga saga = new dev.resumable.Saga();
            dev.resumable.Saga.Undo undo = () -> cancel(trip, 1);
            saga.onUndo(undo);
          }
        """, "UndoForm", "saga.onUndo(undo)");
  }

  @Test
  void undoWhoseLambdaIsABlock() {
    Sources.assertError(STEPS + """
          @Resumable void run(String trip) {
            dev.resumable.Saga saga = new dev.resumable.Saga();
            saga.onUndo(() -> { cancel(trip, 1); cancel(trip, 2); });
          }
        """, "UndoForm", "saga.onUndo(");
  }

  @Test
  void undoThatCallsAPlainMethod() {
    Sources.assertError(STEPS + """
          void forget(String trip) {}
          @Resumable void run(String trip) {
            dev.resumable.Saga saga = new dev.resumable.Saga();
            saga.onUndo(() -> forget(trip));
          }
        """, "UndoForm", "saga.onUndo(");
  }

  @Test
  void undoInsideALambda() {
    Sources.assertError(STEPS + """
          @Resumable void run(List<String> trips) {
            dev.resumable.Saga saga = new dev.resumable.Saga();
            trips.forEach(t -> saga.onUndo(() -> cancel(t, 1)));
          }
        """, "UndoForm", "trips.forEach");
  }

  @Test
  void undoWithAnArgumentThatCannotBeStored() {
    Sources.assertError("""
          @Step void stop(Thread thread) {}
          @Resumable void run() {
            dev.resumable.Saga saga = new dev.resumable.Saga();
            Thread current = Thread.currentThread();
            saga.onUndo(() -> stop(current));
          }
        """, "StepNotPersistable", "saga.onUndo(");
  }

  @Test
  void undoOnALocalReceiver() {
    Sources.assertError(STEPS + """
          @Resumable void run(String trip) {
            dev.resumable.Saga saga = new dev.resumable.Saga();
            Flow other = new Flow();
            saga.onUndo(() -> other.cancel(trip, 1));
          }
        """, "StepReceiver", "saga.onUndo(");
  }
}
