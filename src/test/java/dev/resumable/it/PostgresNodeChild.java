package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.store.postgres.PostgresStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One engine node of {@link PostgresNodesTest}: opens its engine on the shared database, says
 * {@code ready}, waits for {@code go} on its standard input so that all nodes start together,
 * then fires due timers until none is left for it, and prints how many it fired.
 *
 * <p>Arguments: JDBC URL, the instant the engine's clock stands at, the node's name.
 */
public final class PostgresNodeChild {

  private PostgresNodeChild() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Clock clock = Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC);
    String node = args[2];
    try (Engine engine = Engine.builder().store(PostgresStore.open(url)).clock(clock)
        .receiver(NodeFlows.class, new NodeFlows(url, node)).build()) {
      System.out.println("ready");
      BufferedReader stdin =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      if (!"go".equals(stdin.readLine())) {
        throw new IllegalStateException("expected go on standard input");
      }
      int fired = 0;
      for (int pass = engine.fireDueTimers(); pass > 0; pass = engine.fireDueTimers()) {
        fired += pass;
      }
      System.out.println("fired " + fired);
    }
  }
}
