package dev.resumable.store.postgres;

import dev.resumable.store.IndexBackfill;
import dev.resumable.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the tables in a new database and upgrades those of older versions, one step per
 * version. PostgreSQL runs DDL in transactions, so a step and the raising of the version commit
 * together or not at all; an advisory lock makes engine processes that start together upgrade
 * one after the other, and the later ones find the work done.
 */
final class PostgresSchema {

  /** The schema this code reads and writes. */
  static final int CURRENT_VERSION = 4;

  /** The version whose rows get their query index filled in from their records. */
  private static final int INDEXED_VERSION = 4;

  /** Held for the transaction that upgrades; any number, as long as it is always the same. */
  private static final long UPGRADE_LOCK = 0x5265_7375_6d61_626cL; // "Resumabl"

  /** {@code STEPS.get(v)} upgrades a database from version {@code v} to {@code v + 1}. */
  private static final List<List<String>> STEPS = List.of(
      List.of(
          "CREATE TABLE resumable_instance ("
              + " id TEXT PRIMARY KEY,"
              + " method TEXT NOT NULL,"
              + " status TEXT NOT NULL,"
              + " revision BIGINT NOT NULL,"
              + " state BYTEA NOT NULL,"
              // The due time of the timer the instance waits for, in PostgreSQL's microseconds
              // rounded up, and the nanoseconds that rounding took away (see InstanceRows).
              + " due_at TIMESTAMPTZ,"
              + " due_nanos INT,"
              // The event and correlation key the instance waits for, as name/key.
              + " wait_key TEXT,"
              + " created_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
              + " updated_at TIMESTAMPTZ NOT NULL DEFAULT now())",
          // Partial indexes: the many instances that wait for no timer or no key cost nothing.
          "CREATE INDEX resumable_instance_due ON resumable_instance (due_at, id)"
              + " WHERE due_at IS NOT NULL",
          "CREATE INDEX resumable_instance_wait_key ON resumable_instance (wait_key)"
              + " WHERE wait_key IS NOT NULL"),
      // Claims on due work: which engine fires a due timer or settles an ended instance, and
      // until when, so that engines sharing the database each take different ones.
      List.of(
          "ALTER TABLE resumable_instance ADD COLUMN claimed_by TEXT",
          "ALTER TABLE resumable_instance ADD COLUMN claimed_until TIMESTAMPTZ"),
      // Listing by status a page at a time, and retention, without reading every row.
      List.of("CREATE INDEX resumable_instance_status ON resumable_instance (status, id)"),
      // The query API: what instances are found by, each behind an index (partial where most
      // instances have none). Waited events and search attributes are rows of side tables,
      // deleted with their instance.
      List.of(
          "ALTER TABLE resumable_instance ADD COLUMN parent_id TEXT",
          "ALTER TABLE resumable_instance ADD COLUMN failure_type TEXT",
          "CREATE INDEX resumable_instance_method ON resumable_instance (method, status, id)",
          "CREATE INDEX resumable_instance_parent ON resumable_instance (parent_id, id)"
              + " WHERE parent_id IS NOT NULL",
          "CREATE INDEX resumable_instance_failure ON resumable_instance (failure_type, id)"
              + " WHERE failure_type IS NOT NULL",
          "CREATE INDEX resumable_instance_started ON resumable_instance (created_at, id)",
          "CREATE INDEX resumable_instance_changed ON resumable_instance (updated_at, id)",
          "CREATE TABLE resumable_wait_event ("
              + " instance_id TEXT NOT NULL REFERENCES resumable_instance (id) ON DELETE CASCADE,"
              + " event_name TEXT NOT NULL,"
              + " PRIMARY KEY (instance_id, event_name))",
          "CREATE INDEX resumable_wait_event_name ON resumable_wait_event (event_name, instance_id)",
          "CREATE TABLE resumable_attribute ("
              + " instance_id TEXT NOT NULL REFERENCES resumable_instance (id) ON DELETE CASCADE,"
              + " name TEXT NOT NULL,"
              + " string_value TEXT,"
              + " number_value NUMERIC,"
              + " time_value TIMESTAMPTZ,"
              + " bool_value BOOLEAN,"
              + " PRIMARY KEY (instance_id, name))",
          "CREATE INDEX resumable_attribute_string ON resumable_attribute (name, string_value)"
              + " WHERE string_value IS NOT NULL",
          "CREATE INDEX resumable_attribute_number ON resumable_attribute (name, number_value)"
              + " WHERE number_value IS NOT NULL",
          "CREATE INDEX resumable_attribute_time ON resumable_attribute (name, time_value)"
              + " WHERE time_value IS NOT NULL",
          "CREATE INDEX resumable_attribute_bool ON resumable_attribute (name, bool_value)"
              + " WHERE bool_value IS NOT NULL"));

  private PostgresSchema() {}

  /** Brings the database to {@link #CURRENT_VERSION} in the caller's transaction. */
  static void migrate(Connection connection, String storeDescription) throws SQLException {
    migrate(connection, storeDescription, CURRENT_VERSION);
  }

  /** Brings the database to {@code target}: for tests, an older version's tables. */
  static void migrate(Connection connection, String storeDescription, int target)
      throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("SELECT pg_advisory_xact_lock(" + UPGRADE_LOCK + ")");
      sql.execute("CREATE TABLE IF NOT EXISTS resumable_schema (version INT NOT NULL)");
      int stored = storedVersion(sql);
      if (stored > CURRENT_VERSION) {
        throw new StoreException("the " + storeDescription + " has schema version " + stored
            + ", written by a newer version of Resumable; this version reads schema version "
            + CURRENT_VERSION + " and older; upgrade Resumable on this node, or point it at"
            + " another database");
      }
      for (int version = stored; version < target; version++) {
        for (String step : STEPS.get(version)) {
          sql.execute(step);
        }
        if (version + 1 == INDEXED_VERSION) {
          IndexBackfill.run(connection, InstanceRows.INDEX_ROWS, Times::roundedUp);
        }
        sql.executeUpdate("DELETE FROM resumable_schema");
        sql.executeUpdate("INSERT INTO resumable_schema (version) VALUES (" + (version + 1) + ")");
      }
    }
  }

  /** 0 for a new database. */
  static int storedVersion(Statement sql) throws SQLException {
    try (ResultSet row = sql.executeQuery("SELECT COALESCE(MAX(version), 0)"
        + " FROM resumable_schema")) {
      row.next();
      return row.getInt(1);
    }
  }
}
