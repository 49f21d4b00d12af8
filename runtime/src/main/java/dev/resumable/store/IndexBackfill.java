package dev.resumable.store;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.resumable.proto.InstanceRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills in what the query API finds an instance by for the rows of a store that an older
 * version wrote without it, reading each row's record, so that an upgraded store answers queries
 * about the instances it already held (a failed one is never written again). A row whose state
 * does not decode keeps its store times and no index: it is found by status and method, and
 * the engine reports it when it reads it.
 */
public final class IndexBackfill {

  private static final String UPDATE =
      "UPDATE resumable_instance SET parent_id = ?, failure_type = ?, created_at = ?,"
          + " updated_at = ? WHERE id = ?";

  private IndexBackfill() {}

  /** Runs in the caller's transaction; returns how many rows it filled in. */
  public static int run(Connection connection, SqlIndexRows indexRows,
      Function<Instant, Object> time) throws SQLException {
    List<StoredInstance> indexed = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
            "SELECT id, method, status, revision, state FROM resumable_instance");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        InstanceRecord record;
        try {
          record = InstanceRecord.parseFrom(rows.getBytes(5));
        } catch (InvalidProtocolBufferException e) {
          continue;
        }
        if (!record.getId().equals(rows.getString(1))) {
          continue; // not this row's record: the engine will say so when it reads it
        }
        indexed.add(new StoredInstance(rows.getString(1), rows.getString(2), rows.getString(3),
            rows.getLong(4), new byte[0], null, null, RecordIndex.of(record, Map.of())));
      }
    }
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      for (StoredInstance instance : indexed) {
        InstanceIndex index = instance.index();
        update.setString(1, index.parentId());
        update.setString(2, index.failureType());
        update.setObject(3, time.apply(index.startedAt()));
        update.setObject(4, time.apply(index.changedAt()));
        update.setString(5, instance.id());
        update.executeUpdate();
        indexRows.write(connection, instance, false);
      }
    }
    return indexed.size();
  }
}
