package dev.resumable.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.StoredInstance;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

/**
 * Fills a store with many suspended instances fast, for P7. Inserting a million instances one
 * durable commit at a time would take hours and measure only the disk, so the rows go in over
 * JDBC in batches, one commit per batch. Each row is a copy of an instance that the engine
 * started and stored itself, with only its id changed (in the row and in the encoded record), so
 * the store holds exactly what a million real starts would have left there.
 */
final class BulkLoad {

  static final int ROWS_PER_COMMIT = 10_000;

  // The columns H2Store writes; if the store's schema changes, this insert fails loudly.
  private static final String INSERT = "INSERT INTO resumable_instance"
      + " (id, method, status, revision, state, due_at, wait_key, created_at, updated_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";

  private BulkLoad() {}

  /**
   * Adds copies of {@code template} under ids {@code prefix + i} for i in [from, to) to the store
   * file {@code file}, which no store may have open.
   */
  static void copies(Path file, StoredInstance template, String prefix, int from, int to) {
    InstanceRecord record;
    try {
      record = InstanceRecord.parseFrom(template.state());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("the template's state is not an InstanceRecord", e);
    }
    String base = file.toAbsolutePath().toString();
    if (base.endsWith(H2Store.FILE_SUFFIX)) {
      base = base.substring(0, base.length() - H2Store.FILE_SUFFIX.length());
    }
    // Space of superseded pages is reused at once, not kept 45 s, as the store reuses it once
    // open. Not H2Store.jdbcUrl: that opens with reuse off until the store has bounded it, and a
    // load that nothing could crash in the middle of needs neither.
    String url = "jdbc:h2:file:" + base + ";RETENTION_TIME=0";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      connection.setAutoCommit(false);
      for (int i = from; i < to; i++) {
        String id = prefix + i;
        insert.setString(1, id);
        insert.setString(2, template.method());
        insert.setString(3, template.status());
        insert.setLong(4, template.revision());
        insert.setBytes(5, record.toBuilder().setId(id).build().toByteArray());
        insert.setObject(6, template.due() == null ? null : template.due().atOffset(
            ZoneOffset.UTC));
        insert.setString(7, template.waitKey());
        insert.addBatch();
        if ((i - from + 1) % ROWS_PER_COMMIT == 0) {
          insert.executeBatch();
          connection.commit();
        }
      }
      insert.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not load instances into " + file + ": "
          + e.getMessage(), e);
    }
  }
}
