package dev.resumable.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on one connection; what it throws besides SQLException passes through unchanged. */
@FunctionalInterface
interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
