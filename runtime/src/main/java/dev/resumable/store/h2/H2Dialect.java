package dev.resumable.store.h2;

import dev.resumable.store.SqlQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** H2's times for the query API: with an offset, due times to the nanosecond in one column. */
enum H2Dialect implements SqlQueries.Dialect {
  INSTANCE;

  @Override
  public Object time(Instant time) {
    return InstanceTable.utc(time);
  }

  @Override
  public String dueColumns() {
    return "i.due_at";
  }

  @Override
  public Instant due(ResultSet row, int column) throws SQLException {
    OffsetDateTime due = row.getObject(column, OffsetDateTime.class);
    return due == null ? null : due.toInstant();
  }
}
