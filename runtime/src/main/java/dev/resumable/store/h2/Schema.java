package dev.resumable.store.h2;

import dev.resumable.store.IndexBackfill;
import dev.resumable.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the tables on first open and migrates files written by older versions.
 *
 * <p>H2 commits implicitly after every DDL statement, so a crash can interrupt a migration
 * halfway; every step is therefore written to be safe to run again ({@code IF NOT EXISTS}),
 * and the version row is only raised after its step is complete.
 *
 * <p>A new file gets the current table in one {@code CREATE TABLE}. H2 adds a column by copying
 * the table, dropping the old one and renaming the copy, each step committed on its own: a kill
 * between them (measured, in the first open of a new file) left a file that no later open could
 * migrate. So only a file written by an older version still goes through {@code ADD COLUMN}.
 */
final class Schema {

  /** The schema this code reads and writes. */
  static final int CURRENT_VERSION = 5;

  /** {@code STEPS.get(v)} migrates a store from version {@code v} to {@code v + 1}. */
  private static final List<List<String>> STEPS = List.of(
      List.of(
          "CREATE TABLE IF NOT EXISTS resumable_instance ("
              + " id VARCHAR PRIMARY KEY,"
              + " method VARCHAR NOT NULL,"
              + " status VARCHAR NOT NULL,"
              + " revision BIGINT NOT NULL,"
              // VARBINARY stays in the row (a BLOB over 256 bytes would not); the length is
              // H2's maximum, 10^9 bytes, so no realistic state is refused.
              + " state VARBINARY(1000000000) NOT NULL,"
              + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              // The columns of the later steps, so that a new file needs no ADD COLUMN; those
              // steps find them there and leave the table as it is.
              + " due_at TIMESTAMP(9) WITH TIME ZONE,"
              + " wait_key VARCHAR,"
              + " claimed_by VARCHAR,"
              + " claimed_until TIMESTAMP(9) WITH TIME ZONE,"
              + " parent_id VARCHAR,"
              + " failure_type VARCHAR)",
          "CREATE INDEX IF NOT EXISTS resumable_instance_status"
              + " ON resumable_instance (status)"),
      // Durable timers: the due time of the timer an instance waits for, found by an index.
      List.of(
          "ALTER TABLE resumable_instance ADD COLUMN IF NOT EXISTS"
              + " due_at TIMESTAMP(9) WITH TIME ZONE",
          "CREATE INDEX IF NOT EXISTS resumable_instance_due ON resumable_instance (due_at)"),
      // Events sent by correlation key: the event and key an instance waits for.
      List.of(
          "ALTER TABLE resumable_instance ADD COLUMN IF NOT EXISTS wait_key VARCHAR",
          "CREATE INDEX IF NOT EXISTS resumable_instance_wait_key"
              + " ON resumable_instance (wait_key)"),
      // Claims on due work: which engine fires a due timer or settles an ended instance, and
      // until when, so that engines sharing a store each take different ones.
      List.of(
          "ALTER TABLE resumable_instance ADD COLUMN IF NOT EXISTS claimed_by VARCHAR",
          "ALTER TABLE resumable_instance ADD COLUMN IF NOT EXISTS"
              + " claimed_until TIMESTAMP(9) WITH TIME ZONE"),
      // The query API: what instances are found by, each behind an index. Waited events and
      // search attributes are rows of side tables, deleted with their instance.
      List.of(
          "ALTER TABLE resumable_instance ADD COLUMN IF NOT EXISTS parent_id VARCHAR",
          "ALTER TABLE resumable_instance ADD COLUMN IF NOT EXISTS failure_type VARCHAR",
          "CREATE INDEX IF NOT EXISTS resumable_instance_method"
              + " ON resumable_instance (method, status)",
          "CREATE INDEX IF NOT EXISTS resumable_instance_parent ON resumable_instance (parent_id)",
          "CREATE INDEX IF NOT EXISTS resumable_instance_failure"
              + " ON resumable_instance (failure_type)",
          "CREATE INDEX IF NOT EXISTS resumable_instance_started"
              + " ON resumable_instance (created_at)",
          "CREATE INDEX IF NOT EXISTS resumable_instance_changed"
              + " ON resumable_instance (updated_at)",
          "CREATE TABLE IF NOT EXISTS resumable_wait_event ("
              + " instance_id VARCHAR NOT NULL"
              + " REFERENCES resumable_instance (id) ON DELETE CASCADE,"
              + " event_name VARCHAR NOT NULL,"
              + " PRIMARY KEY (instance_id, event_name))",
          "CREATE INDEX IF NOT EXISTS resumable_wait_event_name"
              + " ON resumable_wait_event (event_name, instance_id)",
          "CREATE TABLE IF NOT EXISTS resumable_attribute ("
              + " instance_id VARCHAR NOT NULL"
              + " REFERENCES resumable_instance (id) ON DELETE CASCADE,"
              + " name VARCHAR NOT NULL,"
              + " string_value VARCHAR(500),"
              // DECFLOAT keeps any scale; H2's NUMERIC without one would round to integers.
              + " number_value DECFLOAT,"
              + " time_value TIMESTAMP(6) WITH TIME ZONE,"
              + " bool_value BOOLEAN,"
              + " PRIMARY KEY (instance_id, name))",
          "CREATE INDEX IF NOT EXISTS resumable_attribute_string"
              + " ON resumable_attribute (name, string_value)",
          "CREATE INDEX IF NOT EXISTS resumable_attribute_number"
              + " ON resumable_attribute (name, number_value)",
          "CREATE INDEX IF NOT EXISTS resumable_attribute_time"
              + " ON resumable_attribute (name, time_value)",
          "CREATE INDEX IF NOT EXISTS resumable_attribute_bool"
              + " ON resumable_attribute (name, bool_value)"));

  private Schema() {}

  /** The version whose rows get their query index filled in from their records. */
  private static final int INDEXED_VERSION = 5;

  /** Brings the database to {@link #CURRENT_VERSION}; the caller commits. */
  static void migrate(Connection connection, String storeDescription) throws SQLException {
    migrate(connection, storeDescription, CURRENT_VERSION);
  }

  /** Brings the database to {@code target}: for tests, an older version's tables. */
  static void migrate(Connection connection, String storeDescription, int target)
      throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE IF NOT EXISTS resumable_schema (version INT NOT NULL)");
      int stored = storedVersion(sql);
      if (stored > CURRENT_VERSION) {
        throw new StoreException(storeDescription + " was written by a newer version of"
            + " Resumable (schema version " + stored + "; this version reads up to "
            + CURRENT_VERSION + "); upgrade Resumable or use another file");
      }
      for (int version = stored; version < target; version++) {
        for (String step : STEPS.get(version)) {
          sql.execute(step);
        }
        if (version + 1 == INDEXED_VERSION) {
          // After the DDL, which H2 commits by itself: this and the version commit together.
          IndexBackfill.run(connection, InstanceTable.INDEX_ROWS, InstanceTable::utc);
        }
        sql.executeUpdate("DELETE FROM resumable_schema");
        sql.executeUpdate("INSERT INTO resumable_schema (version) VALUES (" + (version + 1) + ")");
      }
    }
  }

  /** 0 for a new database. */
  private static int storedVersion(Statement sql) throws SQLException {
    try (ResultSet row = sql.executeQuery("SELECT MAX(version) FROM resumable_schema")) {
      row.next();
      return row.getInt(1);
    }
  }
}
