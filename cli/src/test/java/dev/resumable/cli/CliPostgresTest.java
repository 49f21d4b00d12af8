package dev.resumable.cli;

import static dev.resumable.cli.ShippingStore.AWAITING_PARCEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tool on a PostgreSQL database, given by its JDBC URL, as on a file. */
class CliPostgresTest {

  private String url;

  @BeforeEach
  void fillDatabase() {
    url = TestPostgres.freshSchemaUrl();
    ShippingStore.fill(Engine.builder().store(PostgresStore.open(url)));
  }

  private Map<String, String> snapshot() {
    try (PostgresStore store = PostgresStore.open(url)) {
      return ShippingStore.snapshot(store);
    }
  }

  @Test
  void listsShowsAndResumesOnTheDatabase() throws Exception {
    CliProcess.Result list = CliProcess.run("list", "--status", "FAILED", "--url", url);
    assertEquals(0, list.exitCode(), list::toString);
    assertTrue(list.out().lines().skip(1).allMatch(l -> l.startsWith(ShippingStore.FAILED)),
        list.out());

    CliProcess.Result resumed = CliProcess.run("resume", AWAITING_PARCEL,
        "{\"tracking\":\"TRACK-A\",\"grams\":700}", "--url", url, "--classpath",
        CliProcess.APPLICATION.toString(), "--setup", "dev.resumable.cli.app.ShippingSetup");
    assertEquals(0, resumed.exitCode(), resumed::toString);
    assertTrue(snapshot().get(AWAITING_PARCEL).startsWith("WAITING r2 "));
  }

  @Test
  void refusalsChangeNothingInTheDatabase() throws Exception {
    Map<String, String> before = snapshot();
    CliProcess.Result delete = CliProcess.run("delete", AWAITING_PARCEL, "--url", url);
    assertEquals(ExitCode.REFUSED.code(), delete.exitCode(), delete::toString);
    assertEquals(before, snapshot());
  }

  @Test
  void aDatabaseThatCannotBeReachedIsReported() throws Exception {
    CliProcess.Result result = CliProcess.run("list", "--url",
        "jdbc:postgresql://127.0.0.1:1/nothing");
    assertEquals(ExitCode.STORE_UNAVAILABLE.code(), result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("resumable: could not open the PostgreSQL store"),
        result::toString);
  }
}
