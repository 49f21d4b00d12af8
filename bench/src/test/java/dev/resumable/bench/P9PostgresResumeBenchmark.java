package dev.resumable.bench;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P9: durable resumes per second on the PostgreSQL store, from 1, 8 and 16 threads that each
 * resume an instance of their own, against what one thread gets from updating one row and
 * committing it synchronously on the same server: the rate at which PostgreSQL acknowledges
 * durable commits to a writer that waits for each. The server is the test server (binaries from
 * Maven Central, fsync on) on this machine, over loopback TCP.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 4)
@Measurement(iterations = 4, time = 3)
@Fork(2)
public class P9PostgresResumeBenchmark {

  /** One engine on a new schema, shared by all threads of a trial. */
  @State(Scope.Benchmark)
  public static class Store {
    String url;
    Engine engine;
    Resumer resumer;
    final AtomicInteger instances = new AtomicInteger();

    @Setup
    public void open() {
      url = TestPostgres.freshSchemaUrl();
      engine = Engine.builder().store(PostgresStore.open(url)).build();
      resumer = Resumer.on(engine);
    }

    @TearDown
    public void close() {
      engine.close();
    }
  }

  /** The instance a thread resumes, waiting for its next status update. */
  @State(Scope.Thread)
  public static class OwnInstance {
    String id;
    final OrderTracking.StatusUpdate update = OrderTracking.inTransit();

    @Setup
    public void start(Store store) {
      id = "order-" + store.instances.incrementAndGet();
      store.resumer.startTrack(id, id, OrderTracking.customer(), OrderTracking.lines());
    }
  }

  /** A connection of its own that updates one row of a table of its own per commit. */
  @State(Scope.Thread)
  public static class RawRow {
    Connection connection;
    PreparedStatement update;

    @Setup
    public void open() throws SQLException {
      connection = DriverManager.getConnection(TestPostgres.freshSchemaUrl());
      try (Statement sql = connection.createStatement()) {
        sql.execute("CREATE TABLE counter (id INT PRIMARY KEY, n BIGINT NOT NULL)");
        sql.execute("INSERT INTO counter VALUES (1, 0)");
        // What the store sets for its writes, whatever the server's default.
        sql.execute("SET synchronous_commit = on");
      }
      connection.setAutoCommit(false);
      update = connection.prepareStatement("UPDATE counter SET n = n + 1 WHERE id = 1");
    }

    @TearDown
    public void close() throws SQLException {
      connection.close();
    }
  }

  @Benchmark
  @Threads(1)
  public Outcome<?> resumeFrom1Thread(Store store, OwnInstance instance) {
    return store.resumer.resume(instance.id, instance.update);
  }

  @Benchmark
  @Threads(8)
  public Outcome<?> resumeFrom8Threads(Store store, OwnInstance instance) {
    return store.resumer.resume(instance.id, instance.update);
  }

  @Benchmark
  @Threads(16)
  public Outcome<?> resumeFrom16Threads(Store store, OwnInstance instance) {
    return store.resumer.resume(instance.id, instance.update);
  }

  @Benchmark
  @Threads(1)
  public int updateAndCommitOneRow(RawRow row) throws SQLException {
    int updated = row.update.executeUpdate();
    row.connection.commit();
    return updated;
  }
}
