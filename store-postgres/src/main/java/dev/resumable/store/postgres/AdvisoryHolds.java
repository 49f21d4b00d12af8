package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Holds instances with PostgreSQL advisory locks: a hold is a transaction on a connection of its
 * own that took {@code pg_advisory_xact_lock} on a 64-bit hash of the schema and the instance id,
 * and giving it up rolls that transaction back, which is what releases the lock. Since it is a
 * transaction's lock, a connection returned to the pool, or one that broke, never keeps it, and
 * the lock of a process that died goes with its session.
 *
 * <p>The connections come from a pool of their own when the store opened one, so that holds
 * never take the connections that the held steps need to load and commit: with one pool, as many
 * holds as connections would leave every held step waiting for a connection to commit with.
 */
final class AdvisoryHolds {

  private final DataSource connections;
  private final Transactions transactions;
  private final String namespace;

  AdvisoryHolds(DataSource connections, Transactions transactions, String namespace) {
    this.connections = connections;
    this.transactions = transactions;
    this.namespace = namespace;
  }

  Store.Hold hold(String id) {
    Connection connection = null;
    try {
      connection = transactions.connectionOf(connections);
      connection.setAutoCommit(false);
      try (PreparedStatement lock =
          connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, key(namespace, id));
        lock.execute();
      }
      Connection holding = connection;
      return () -> release(holding);
    } catch (SQLException | RuntimeException e) {
      if (connection != null) {
        release(connection);
      }
      if (e instanceof StoreException store) {
        throw store;
      }
      throw new StoreException("could not " + transactions.what("hold", id)
          + " against other engine processes: " + e.getMessage(), e);
    }
  }

  /** Rolls the holding transaction back, which releases the lock, and returns the connection. */
  private static void release(Connection connection) {
    try (connection) {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // A broken connection holds nothing: its session, and with it the lock, has ended.
    }
  }

  /** The lock's key: the first 8 bytes of SHA-256 of the schema and the id. */
  static long key(String namespace, String id) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(namespace.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(id.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(sha.digest()).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
