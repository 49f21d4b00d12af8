package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a transactional step promises on every store that runs them: the rows it writes commit
 * with its outcome, and an attempt that fails leaves neither.
 */
abstract class TransactionalStepsContract {

  /** An engine on the store, whose database has the ledger table. */
  abstract Engine engine();

  /** A connection to the store's database, when no engine has it open if the store needs that. */
  abstract Connection database() throws SQLException;

  @BeforeEach
  void resetTheLedgersBehaviour() {
    LedgerFlows.afterInsert = key -> { };
    LedgerFlows.failingBookings = 0;
  }

  List<String> ledger() throws SQLException {
    try (Connection connection = database()) {
      return LedgerFlows.rows(connection);
    }
  }

  @Test
  void theRowsAStepWritesCommitWithItsOutcome() throws Exception {
    try (Engine engine = engine()) {
      Outcome<?> waiting = Resumer.on(engine).startTransfer("t1", "alice", "bob", 250L);
      assertEquals("confirm", waiting.awaitedEvent());
    }
    assertEquals(List.of("t1/step-1 alice -250", "t1/step-2 bob 250"), ledger());
    try (Engine engine = engine()) {
      assertEquals("-250 250 ok", Resumer.on(engine).resume("t1", "confirm", "ok").result());
    }
    assertEquals(2, ledger().size());
  }

  @Test
  void anAttemptThatThrowsLeavesNoRowAndItsRetryWritesThemOnce() throws Exception {
    LedgerFlows.failingBookings = 1;
    try (Engine engine = engine()) {
      Outcome<?> waiting = Resumer.on(engine).startTransfer("t2", "alice", "bob", 100L);
      assertTrue(waiting.waitingFor().startsWith("step 1 at step:book, 1 attempt failed, last"
          + " with java.sql.SQLException: the ledger refused t2/step-1 after its insert;"
          + " attempt 2 at "), waiting.waitingFor());
    }
    assertEquals(List.of(), ledger()); // the insert was rolled back with the outcome
    try (Engine engine = engine()) {
      while (engine.fireDueTimers() > 0) {
        // attempt 2 of the first booking, then the second
      }
      assertEquals("confirm", engine.status("t2").awaitedEvent());
    }
    assertEquals(List.of("t2/step-1 alice -100", "t2/step-2 bob 100"), ledger());
  }

  @ParameterizedTest
  @ValueSource(strings = {"commit", "rollback", "autoCommit", "close", "statementsConnection",
      "unwrap"})
  void aStepThatEndsTheTransactionItselfFailsAndWritesNothing(String misuse) throws Exception {
    LedgerFlows.misuse = misuse;
    String refused;
    try (Engine engine = engine()) {
      refused = (String) Resumer.on(engine).startMisuseConnection("m-" + misuse, "carol")
          .result();
    }
    String what = switch (misuse) {
      case "commit", "statementsConnection", "unwrap" -> "committed";
      case "rollback" -> "rolled back";
      case "autoCommit" -> "changed auto-commit";
      default -> "closed";
    };
    assertEquals("the transactional step misbehave(account) " + what + " its connection, which"
        + " belongs to the transaction that commits the step's outcome with what it wrote; the"
        + " engine commits both when the step returns, and rolls both back when it throws:"
        + " remove the " + switch (misuse) {
          case "autoCommit" -> "setAutoCommit";
          case "statementsConnection", "unwrap" -> "commit";
          default -> misuse;
        } + " call"
        + " (throw to undo what the step wrote)", refused);
    assertEquals(List.of(), ledger());
  }

  @Test
  void aCompensationThatIsATransactionalStepCommitsItsRowsWithItsOutcome() throws Exception {
    try (Engine engine = engine()) {
      assertEquals("answer", Resumer.on(engine).startBookThenUndo("u1", "frank", 70L)
          .awaitedEvent());
    }
    assertEquals(List.of("u1/step-1 frank -70"), ledger());
    try (Engine engine = engine()) {
      assertEquals("-70 undone after no", Resumer.on(engine).resume("u1", "answer", "no")
          .result());
    }
    List<String> rows = ledger();
    assertEquals(2, rows.size(), rows::toString);
    assertEquals("u1/step-1 frank -70", rows.get(0));
    assertTrue(rows.get(1).startsWith("u1/") && rows.get(1).endsWith(" frank 70"), rows::toString);
  }

  @Test
  void aStepThatRunsCommitAsSqlFailsAndWritesNothing() throws Exception {
    LedgerFlows.misuse = "sqlCommit";
    try (Engine engine = engine()) {
      assertEquals("the transactional step misbehave(account) ran COMMIT on its connection, which"
          + " belongs to the transaction that commits the step's outcome with what it wrote; the"
          + " engine commits both when the step returns, and rolls both back when it throws:"
          + " remove the COMMIT (throw to undo what the step wrote)",
          Resumer.on(engine).startMisuseConnection("m-sql", "carol").result());
    }
    assertEquals(List.of(), ledger());
  }

  @Test
  void aConnectionKeptPastItsStepIsRefused() {
    try (Engine engine = engine()) {
      assertEquals("the transactional step keep(account) used its connection after the attempt"
          + " returned; use it only while the step runs, and keep no reference to it",
          Resumer.on(engine).startKeepConnection("k1", "erin").result());
    }
  }

  @Test
  void aStepThatIsNotTransactionalHasNoConnection() {
    try (Engine engine = engine()) {
      assertEquals("the step at step:plain is not transactional, so it has no connection: mark"
          + " its method @Step(transactional = true) to write in the transaction that commits"
          + " its outcome", Resumer.on(engine).startPlainConnection("p1", "dave").result());
    }
  }
}
