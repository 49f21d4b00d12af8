package dev.resumable.store.postgres;

import dev.resumable.query.InstanceQuery;
import dev.resumable.store.SqlQueries;
import dev.resumable.store.Store;
import dev.resumable.store.contract.QueryPlanContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The query plans of the PostgreSQL store, on a real server. */
class PostgresQueryPlanTest extends QueryPlanContract {

  private final String url = TestPostgres.freshSchemaUrl();

  @Override
  protected Store newStore() {
    return PostgresStore.open(url);
  }

  /**
   * With sequential scans priced out: at the few thousand rows a test can afford, PostgreSQL
   * rightly prefers reading the table to a join through an index, so what this checks is that
   * the query's shape lets an index answer it (a condition that wraps its column would not).
   */
  @Override
  protected String plan(InstanceQuery query) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      sql.execute("SET enable_seqscan = off");
      return SqlQueries.plan(connection, query, PostgresDialect.INSTANCE);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected void analyze() {
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      sql.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
