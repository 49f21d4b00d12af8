package dev.resumable.store.contract;

import dev.resumable.query.InstanceQuery;
import dev.resumable.store.Store;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The query plans of the embedded store, on a real file. */
class H2QueryPlanTest extends QueryPlanContract {

  @TempDir Path dir;

  @Override
  protected Store newStore() {
    return H2Store.open(dir.resolve("plans"));
  }

  @Override
  protected String plan(InstanceQuery query) {
    return ((H2Store) store).queryPlan(query);
  }

  @Override
  protected void analyze() {
    // In this JVM, a connection of its own shares the store's database.
    try (Connection connection = DriverManager.getConnection(
            H2Store.jdbcUrl(dir.resolve("plans")), "sa", "");
        Statement sql = connection.createStatement()) {
      sql.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
