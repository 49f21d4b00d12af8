package dev.resumable.cli;

import static dev.resumable.cli.ShippingStore.AWAITING_DELIVERY;
import static dev.resumable.cli.ShippingStore.AWAITING_PARCEL;
import static dev.resumable.cli.ShippingStore.COMPLETED;
import static dev.resumable.cli.ShippingStore.FAILED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command of the packaged tool, run as its own process on a real store file. */
class CliCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  private Path store;

  @BeforeEach
  void createStore() {
    store = ShippingStore.create(directory);
  }

  /** Runs the tool on the store, with the application's classes and set-up. */
  private CliProcess.Result cli(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--store", store.toString(), "--classpath",
        CliProcess.APPLICATION.toString(), "--setup", "dev.resumable.cli.app.ShippingSetup"));
    CliProcess.Result result = CliProcess.run(all.toArray(String[]::new));
    assertEquals(0, result.exitCode(), result::toString);
    return result;
  }

  private JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--json");
    return JSON.readTree(cli(all.toArray(String[]::new)).out());
  }

  @Test
  void listsEveryInstanceAsATable() throws Exception {
    String table = cli("list").out();
    List<String> lines = table.lines().toList();
    assertTrue(lines.get(0).matches("ID +STATUS +METHOD +WAITING FOR +TIMER DUE +CHANGED"), table);
    assertEquals(5, lines.size(), table);
    assertTrue(lines.get(1).matches(AWAITING_PARCEL + " +WAITING +dev\\.resumable\\.cli\\.app\\."
        + "Shipping#ship\\(java\\.lang\\.String\\) +parcel .*"), table);
    assertTrue(lines.get(3).startsWith(FAILED + "  "), table);
    assertTrue(lines.get(3).contains(" FAILED "), table);
  }

  @Test
  void listsByStatusAsJson() throws Exception {
    JsonNode page = json("list", "--status", "waiting");
    assertEquals(List.of(AWAITING_PARCEL, AWAITING_DELIVERY), ids(page));
    assertEquals("WAITING", page.get("instances").get(0).get("status").asText());
    assertTrue(page.get("next").isNull());
  }

  @Test
  void pagesThroughTheListWithItsCursor() throws Exception {
    JsonNode first = json("list", "--limit", "3");
    assertEquals(List.of(AWAITING_PARCEL, AWAITING_DELIVERY, FAILED), ids(first));
    JsonNode second = json("list", "--limit", "3", "--cursor", first.get("next").asText());
    assertEquals(List.of(COMPLETED), ids(second));
    assertTrue(second.get("next").isNull());
    assertEquals(List.of(COMPLETED, FAILED, AWAITING_DELIVERY, AWAITING_PARCEL),
        ids(json("list", "--order", "changed", "--descending")));
  }

  @Test
  void listsByWhatTheyWaitForHowTheyFailedAndTheirMethod() throws Exception {
    assertEquals(List.of(AWAITING_DELIVERY), ids(json("list", "--waiting-for", "delivered")));
    JsonNode failed = json("list", "--failure", "java.lang.IllegalStateException");
    assertEquals(List.of(FAILED), ids(failed));
    assertEquals("java.lang.IllegalStateException",
        failed.get("instances").get(0).get("failureType").asText());
    assertEquals(List.of(AWAITING_PARCEL, AWAITING_DELIVERY), ids(json("list", "--method",
        "dev.resumable.cli.app.Shipping#ship(java.lang.String)", "--status",
        "WAITING,CANCELLED")));
    assertEquals(List.of(), ids(json("list", "--failure", "java.io.IOException")));
  }

  @Test
  void countsByStatusAndMethod() throws Exception {
    JsonNode counts = json("count");
    assertEquals(4, counts.get("total").asLong());
    Map<String, Long> byStatus = new java.util.TreeMap<>();
    counts.get("counts").forEach(c -> byStatus.put(c.get("status").asText(),
        c.get("count").asLong()));
    assertEquals(Map.of("WAITING", 2L, "FAILED", 1L, "COMPLETED", 1L), byStatus);
    assertEquals(1, json("count", "--status", "FAILED").get("total").asLong());
    assertEquals(1, json("count", "--waiting-for", "parcel").get("total").asLong());
    assertTrue(cli("count").out().lines().anyMatch(l -> l.matches("total +4")));
  }

  @Test
  void showsAWaitingInstanceWithItsStackAndLocals() throws Exception {
    String text = cli("show", AWAITING_DELIVERY).out();
    assertTrue(text.startsWith(AWAITING_DELIVERY + "  WAITING  revision 2"), text);
    assertTrue(text.contains("waiting for: event \"delivered\""), text);
    assertTrue(text.contains("  at dev.resumable.cli.app.Shipping.ship(Shipping.java:"), text);
    // the order number went into the wait's key and is not needed after it, so it is not stored
    assertTrue(!text.contains("order = "), text);
    assertTrue(text.contains("      parcel = Parcel[tracking=TRACK-B, grams=900]"), text);

    JsonNode detail = json("inspect", AWAITING_DELIVERY);
    JsonNode frame = detail.get("frames").get(0);
    assertEquals("ship", frame.get("methodName").asText());
    assertEquals("Shipping.java", frame.get("sourceFile").asText());
    JsonNode parcel = frame.get("locals").get(0);
    assertEquals("parcel", parcel.get("name").asText());
    assertEquals("dev.resumable.cli.app.Parcel", parcel.get("type").asText());
  }

  @Test
  void showsTheFailureOfAFailedInstanceWithItsStack() throws Exception {
    String text = cli("show", FAILED).out();
    assertTrue(text.contains("failure: java.lang.IllegalStateException: parcel TRACK-C weighs"
        + " 40000 g, more than 30000"), text);
    assertTrue(text.contains("  at dev.resumable.cli.app.Shipping.ship(Shipping.java:"), text);
    JsonNode failure = json("show", FAILED).get("failure");
    assertEquals("java.lang.IllegalStateException", failure.get("type").asText());
    assertTrue(failure.get("stack").get(0).asText().startsWith("dev.resumable.cli.app.Shipping"),
        failure.toString());
  }

  @Test
  void showsWhenItFailedAndTheCheckpointARetryContinuesFrom() throws Exception {
    String text = cli("show", FAILED).out();
    assertTrue(text.lines().findFirst().orElseThrow().matches(FAILED
        + "  FAILED  revision 2  failed at 20.*Z"), text);
    assertTrue(text.contains("failed in:\n  at dev.resumable.cli.app.Shipping.ship(Shipping.java:"),
        text);
    assertTrue(text.contains("checkpoint: committed "), text);
    assertTrue(java.util.regex.Pattern.compile(", waiting for event \"parcel\" \\(Parcel\\); the"
        + " failed step continued it with event \"parcel\" \\(Parcel\\)\n  at dev\\.resumable"
        + "\\.cli\\.app\\.Shipping\\.ship\\(Shipping\\.java:\\d+\\)  \\[event:parcel\\]\n"
        + "      order = C-1\n").matcher(text).find(), text);
    JsonNode checkpoint = json("show", FAILED).get("checkpoint");
    assertEquals("event \"parcel\" (Parcel)", checkpoint.get("resumedWith").asText());
    assertEquals("C-1", checkpoint.get("frames").get(0).get("locals").get(0).get("value")
        .asText());
  }

  @Test
  void retriesAFailedInstanceWithTheFixedApplication() throws Exception {
    CliProcess.Result again = CliProcess.run("retry", FAILED, "--json", "--store",
        store.toString(), "--classpath", CliProcess.APPLICATION.toString(), "--setup",
        "dev.resumable.cli.app.ShippingSetup");
    assertEquals(0, again.exitCode(), again::toString);
    assertEquals("FAILED", JSON.readTree(again.out()).get("status").asText());
    assertTrue(JSON.readTree(again.out()).get("failure").get("message").asText()
        .contains("more than 30000"));

    CliProcess.Result fixed = CliProcess.run("retry", FAILED, "--store", store.toString(),
        "--classpath", CliProcess.APPLICATION.toString(), "--setup",
        "dev.resumable.cli.app.HeavyShippingSetup");
    assertEquals(0, fixed.exitCode(), fixed::toString);
    assertEquals(FAILED + " WAITING for event \"delivered\" (String)\n", fixed.out());
    assertEquals("WAITING", json("show", FAILED).get("status").asText());
  }

  @Test
  void resumesWithAJsonPayloadDecodedToTheAwaitedClass() throws Exception {
    JsonNode outcome = json("resume", AWAITING_PARCEL, "{\"tracking\":\"TRACK-A\",\"grams\":700}");
    assertEquals("WAITING", outcome.get("status").asText());
    assertTrue(outcome.get("waitingFor").asText().startsWith("event \"delivered\""),
        outcome.toString());
    assertTrue(cli("show", AWAITING_PARCEL).out()
        .contains("parcel = Parcel[tracking=TRACK-A, grams=700]"));
  }

  @Test
  void resumeReadsThePayloadFromStandardInput() throws Exception {
    CliProcess.Result result = CliProcess.runWithInput("{\"tracking\":\"TRACK-A\",\"grams\":1}",
        "resume", AWAITING_PARCEL, "-", "--event", "parcel", "--store", store.toString(),
        "--classpath", CliProcess.APPLICATION.toString(),
        "--setup", "dev.resumable.cli.app.ShippingSetup");
    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().startsWith(AWAITING_PARCEL + " WAITING for event \"delivered\""),
        result.toString());
  }

  @Test
  void signalsTheInstanceThatWaitsUnderAKey() throws Exception {
    JsonNode outcome = json("signal", "delivered", "B-1", "\"Bea\"");
    assertEquals(AWAITING_DELIVERY, outcome.get("id").asText());
    assertEquals("COMPLETED", outcome.get("status").asText());
    assertEquals("TRACK-B signed by Bea", outcome.get("result").asText());
  }

  @Test
  void keepsAnEventItDoesNotWaitForYetInTheInboxWithType() throws Exception {
    cli("resume", AWAITING_PARCEL, "\"Ann\"", "--event", "delivered", "--type",
        "java.lang.String");
    String shown = cli("show", AWAITING_PARCEL).out();
    assertTrue(shown.contains("inbox: delivered"), shown);
  }

  @Test
  void cancelsAWaitingInstance() throws Exception {
    assertTrue(cli("cancel", AWAITING_PARCEL).out().startsWith(AWAITING_PARCEL + " CANCELLED"));
    assertTrue(ShippingStore.snapshot(store).get(AWAITING_PARCEL).startsWith("CANCELLED"));
  }

  @Test
  void deletesAnEndedInstance() throws Exception {
    assertEquals("deleted " + COMPLETED + " (COMPLETED)", cli("delete", COMPLETED).out().strip());
    Map<String, String> left = ShippingStore.snapshot(store);
    assertEquals(List.of(AWAITING_PARCEL, AWAITING_DELIVERY, FAILED), List.copyOf(left.keySet()));
  }

  @Test
  void printsABashCompletionScript() throws Exception {
    CliProcess.Result result = CliProcess.run("generate-completion");
    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("complete -F _complete_resumable"), result.out());
    assertTrue(result.out().contains("list count show inspect resume signal cancel retry delete"),
        result.out());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("instances").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }
}
