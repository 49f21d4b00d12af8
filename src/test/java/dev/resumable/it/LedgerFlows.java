package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Saga;
import dev.resumable.Step;
import dev.resumable.Workflow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Transactional steps: a ledger table of the application's own, in the store's database, written
 * in the transaction that commits each step's outcome.
 */
public class LedgerFlows {

  /** The application's table, created before the engine opens the database. */
  public static void createTable(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE ledger (step_key VARCHAR(200) PRIMARY KEY,"
          + " account VARCHAR(100) NOT NULL, cents BIGINT NOT NULL)");
    }
  }

  /** The rows of the ledger, "key account cents", in key order. */
  public static List<String> rows(Connection connection) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery(
            "SELECT step_key, account, cents FROM ledger ORDER BY step_key")) {
      while (result.next()) {
        rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getLong(3));
      }
    }
    return rows;
  }

  /** Told after each booking's insert, before its step returns: a crash test kills here. */
  public static volatile Consumer<String> afterInsert = key -> { };
  /** How many more bookings fail after their insert, with an exception that is retried. */
  public static volatile int failingBookings;
  /** What the misbehaving step does with its connection, by name. */
  public static volatile String misuse = "commit";

  @Step(transactional = true, maxAttempts = 3, initialBackoff = "PT0S")
  public static long book(String account, long cents) throws SQLException {
    String key = Workflow.step().idempotencyKey();
    try (PreparedStatement insert = Workflow.connection().prepareStatement(
        "INSERT INTO ledger (step_key, account, cents) VALUES (?, ?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, account);
      insert.setLong(3, cents);
      insert.executeUpdate();
    }
    afterInsert.accept(key);
    if (failingBookings > 0) {
      failingBookings--;
      throw new SQLException("the ledger refused " + key + " after its insert");
    }
    return cents;
  }

  @Step(transactional = true, maxAttempts = 1)
  public static void misbehave(String account) throws SQLException {
    Connection connection = Workflow.connection();
    try (Statement sql = connection.createStatement()) {
      sql.executeUpdate("INSERT INTO ledger VALUES ('misbehaved', '" + account + "', 0)");
    }
    switch (misuse) {
      case "commit" -> connection.commit();
      case "sqlCommit" -> {
        try (Statement sql = connection.createStatement()) {
          sql.execute("/* done */ COMMIT");
        }
      }
      case "statementsConnection" -> {
        try (Statement sql = connection.createStatement()) {
          sql.getConnection().commit();
        }
      }
      case "unwrap" -> connection.unwrap(Connection.class).commit();
      case "rollback" -> connection.rollback();
      case "autoCommit" -> connection.setAutoCommit(true);
      default -> connection.close();
    }
  }

  /** A connection a step kept, against the rules. */
  static volatile Connection kept;

  @Step(transactional = true, maxAttempts = 1)
  public static void keep(String account) {
    kept = Workflow.connection();
  }

  @Step(maxAttempts = 1)
  public static String useKept(String account) throws SQLException {
    return kept.createStatement().toString();
  }

  @Resumable
  public static String keepConnection(String account) throws SQLException {
    keep(account);
    try {
      return useKept(account);
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Step(maxAttempts = 1)
  public static String plain(String account) {
    return Workflow.connection().toString();
  }

  @Resumable
  public static String transfer(String from, String to, long cents) throws SQLException {
    long taken = book(from, -cents);
    long given = book(to, cents);
    String confirmation = Await.event("confirm", String.class);
    return taken + " " + given + " " + confirmation;
  }

  /** Books {@code cents} from the account, then undoes it: the undo is a transactional step. */
  @Resumable
  public static String bookThenUndo(String account, long cents) throws Exception {
    Saga saga = new Saga();
    long taken = book(account, -cents);
    saga.onUndo(() -> book(account, cents));
    String answer = Await.event("answer", String.class);
    saga.compensate();
    return taken + " undone after " + answer;
  }

  @Resumable
  public static String misuseConnection(String account) throws SQLException {
    try {
      misbehave(account);
      return "not refused";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Resumable
  public static String plainConnection(String account) {
    try {
      return plain(account);
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }
}
