package dev.resumable.store.postgres;

import dev.resumable.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Runs work on a connection of the pool: reads on their own, writes in a transaction that is
 * committed synchronously, and turns what goes wrong into a {@link StoreException} that names the
 * operation, the instance and the database.
 */
final class Transactions {

  /**
   * Whatever the server or the database is configured with, a write returns only once the
   * server has flushed its commit record to disk: {@code synchronous_commit = off} would lose
   * acknowledged commits in a server crash. {@code SET LOCAL} lasts for the one transaction, so a
   * pool the application shares with us is left as it was.
   */
  private static final String SYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit = on";

  private final DataSource dataSource;
  private final String description;
  private final AtomicBoolean closed = new AtomicBoolean();

  Transactions(DataSource dataSource, String description) {
    this.dataSource = dataSource;
    this.description = description;
  }

  /** Runs {@code work} outside a transaction; each statement sees the latest commit. */
  <T> T read(String operation, String id, SqlWork<T> work) {
    try (Connection connection = connection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(operation, id, e);
    }
  }

  /**
   * Runs {@code work} in one transaction and commits it synchronously; if {@code work} throws,
   * the transaction is rolled back and nothing is changed.
   */
  <T> T write(String operation, String id, SqlWork<T> work) {
    try (Connection connection = connection()) {
      connection.setAutoCommit(false);
      try {
        try (Statement sql = connection.createStatement()) {
          sql.execute(SYNCHRONOUS_COMMIT);
        }
        T result = work.run(connection);
        commit(connection, operation, id);
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(operation, id, e);
    }
  }

  private void commit(Connection connection, String operation, String id) {
    try {
      connection.commit();
    } catch (SQLException e) {
      // The server may have committed before the connection broke: the caller cannot know.
      throw new StoreException("could not confirm that the commit succeeded: "
          + what(operation, id) + "; it may or may not be stored, load it to find out: "
          + e.getMessage(), e);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private Connection connection() throws SQLException {
    return connectionOf(dataSource);
  }

  /** A connection of {@code source}, unless the store is closed. */
  Connection connectionOf(DataSource source) throws SQLException {
    if (closed.get()) {
      throw closedException();
    }
    return source.getConnection();
  }

  /** Refuses later calls; true for the call that closed. */
  boolean close() {
    return closed.compareAndSet(false, true);
  }

  StoreException closedException() {
    return new StoreException("the " + description + " is closed");
  }

  StoreException failure(String operation, String id, SQLException e) {
    if (closed.get()) {
      return closedException();
    }
    return new StoreException("could not " + what(operation, id) + ": " + e.getMessage(), e);
  }

  /** E.g. {@code update instance "order-7" in PostgreSQL store localhost:5432/app}. */
  String what(String operation, String id) {
    return id == null
        ? operation + " the " + description
        : operation + " instance \"" + id + "\" in the " + description;
  }

  String description() {
    return description;
  }
}
