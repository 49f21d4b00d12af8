package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A timer whose firing leaves a row in a table of the application's own, on the node that fired
 * it: what the cluster tests count to see that each timer fired once.
 */
public class NodeFlows {

  private final String url;
  final String node;

  public NodeFlows(String url, String node) {
    this.url = url;
    this.node = node;
  }

  @Resumable
  public String napThenRecord(String id) {
    Await.sleep(Duration.ofHours(1));
    record(id);
    return "fired on " + node;
  }

  void record(String id) {
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO fired (id, node) VALUES (?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, node);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not record that " + id + " fired", e);
    }
  }
}
