package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Code that runs once an event arrives and leaves a row in a table of the application's own as
 * it runs: what {@link PostgresEngineRaceTest} counts to see whose code ran, and how often.
 */
public class RaceFlows {

  private final String url;
  private final String engine;

  public RaceFlows(String url, String engine) {
    this.url = url;
    this.engine = engine;
  }

  @Resumable
  public String awaitGo(String id) {
    String sender = Await.event("go", String.class);
    record(id, sender);
    return sender;
  }

  void record(String id, String sender) {
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO applied (id, sender, engine) VALUES (?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, sender);
      insert.setString(3, engine);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not record that " + id + " ran", e);
    }
  }
}
