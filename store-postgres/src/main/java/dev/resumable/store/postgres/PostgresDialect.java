package dev.resumable.store.postgres;

import dev.resumable.store.SqlQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * PostgreSQL's times for the query API: microseconds, rounded up as due times are stored (see
 * {@link Times}), so that a cursor's due time lands on the stored value and timer conditions
 * compare to the microsecond.
 */
enum PostgresDialect implements SqlQueries.Dialect {
  INSTANCE;

  @Override
  public Object time(Instant time) {
    return Times.roundedUp(time);
  }

  @Override
  public String dueColumns() {
    return "i.due_at, i.due_nanos";
  }

  @Override
  public Instant due(ResultSet row, int column) throws SQLException {
    return Times.due(row, column, column + 1);
  }
}
