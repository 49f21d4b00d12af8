package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two engine processes on one PostgreSQL database fire the same due timers at the same moment:
 * every timer fires once, counted by the rows its step leaves in a table of the application's.
 */
class PostgresNodesTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
  private static final int TIMERS = Integer.getInteger("resumable.drill.clusterTimers", 200);
  private static final int NODES = 2;

  @Test
  void twoNodesFireEachDueTimerOnce() throws Exception {
    String url = TestPostgres.freshSchemaUrl();
    execute(url, "CREATE TABLE fired (id TEXT NOT NULL, node TEXT NOT NULL)");
    try (Engine engine = Engine.builder().store(PostgresStore.open(url))
        .clock(Clock.fixed(START, ZoneOffset.UTC))
        .receiver(NodeFlows.class, new NodeFlows(url, "starter")).build()) {
      Resumer flows = Resumer.on(engine);
      for (int i = 0; i < TIMERS; i++) {
        flows.startNapThenRecord("nap-" + i, "nap-" + i);
      }
    }

    List<Process> nodes = new ArrayList<>();
    try {
      for (int n = 0; n < NODES; n++) {
        nodes.add(new ProcessBuilder(JavaProcess.command(List.of(),
            PostgresNodeChild.class.getName(), url, START.plusSeconds(7_200).toString(),
            "node-" + n)).redirectError(ProcessBuilder.Redirect.INHERIT).start());
      }
      List<BufferedReader> outputs = new ArrayList<>();
      for (Process node : nodes) {
        BufferedReader output = new BufferedReader(
            new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", output.readLine());
        outputs.add(output);
      }
      for (Process node : nodes) {
        Writer input = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        input.write("go\n");
        input.flush();
      }
      int firedByNodes = 0;
      for (int n = 0; n < NODES; n++) {
        String last = outputs.get(n).readLine();
        assertTrue(nodes.get(n).waitFor(2, TimeUnit.MINUTES), "node " + n + " did not exit");
        assertEquals(0, nodes.get(n).exitValue(), "node " + n + ": " + last);
        assertTrue(last != null && last.startsWith("fired "), "node " + n + ": " + last);
        firedByNodes += Integer.parseInt(last.substring("fired ".length()));
        System.out.println("cluster timers: node " + n + " " + last);
      }
      assertEquals(TIMERS, firedByNodes, "timers the nodes say they fired");
    } finally {
      nodes.forEach(Process::destroyForcibly);
    }

    Map<String, Integer> firings = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT id FROM fired")) {
      while (rows.next()) {
        firings.merge(rows.getString(1), 1, Integer::sum);
      }
    }
    assertEquals(TIMERS, firings.size(), "timers whose step ran");
    firings.forEach((id, times) -> assertEquals(1, times, id + " fired " + times + " times"));
    try (Engine engine = Engine.builder().store(PostgresStore.open(url)).build()) {
      for (int i = 0; i < TIMERS; i++) {
        assertEquals(Status.COMPLETED, engine.status("nap-" + i).status(), "nap-" + i);
      }
    }
  }

  private static void execute(String url, String statement) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
