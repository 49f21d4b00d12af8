package dev.resumable.cli;

import static dev.resumable.cli.ShippingStore.AWAITING_DELIVERY;
import static dev.resumable.cli.ShippingStore.AWAITING_PARCEL;
import static dev.resumable.cli.ShippingStore.COMPLETED;
import static dev.resumable.cli.ShippingStore.FAILED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.h2.H2Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad command lines and commands the store's state refuses: each exits with its documented code
 * and one line on standard error that says what to do, and leaves every instance as it was.
 */
class CliRefusalsTest {

  private static final String SETUP = "dev.resumable.cli.app.ShippingSetup";
  private static final String PARCEL = "{\"tracking\":\"T\",\"grams\":1}";

  @TempDir
  Path directory;

  private Path store;
  private Map<String, String> before;

  @BeforeEach
  void createStore() {
    store = ShippingStore.create(directory);
    before = ShippingStore.snapshot(store);
  }

  private String[] onStore(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--store", store.toString()));
    return all.toArray(String[]::new);
  }

  private String[] withApplication(String... args) {
    List<String> all = new ArrayList<>(List.of(onStore(args)));
    all.addAll(List.of("--classpath", CliProcess.APPLICATION.toString(), "--setup", SETUP));
    return all.toArray(String[]::new);
  }

  /** Runs the tool and checks it refused with {@code code}, saying {@code says}, changing nothing. */
  private void refused(ExitCode code, String says, String... args) throws Exception {
    CliProcess.Result result = CliProcess.run(args);
    assertEquals(code.code(), result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("resumable: "), result::toString);
    assertTrue(result.err().contains(says), result::toString);
    assertEquals("", result.out(), result::toString);
    assertEquals(before, ShippingStore.snapshot(store));
  }

  @Test
  void anUnknownCommandOrOption() throws Exception {
    refused(ExitCode.USAGE, "Unmatched arguments from index 0: 'lsit'", onStore("lsit"));
    refused(ExitCode.USAGE, "Unknown options: '--stauts'", onStore("list", "--stauts", "FAILED"));
  }

  @Test
  void aRetryOfAnInstanceThatHasNotFailed() throws Exception {
    refused(ExitCode.REFUSED, "is WAITING; only a FAILED instance is retried",
        withApplication("retry", AWAITING_PARCEL));
    refused(ExitCode.REFUSED, "is COMPLETED; only a FAILED instance is retried",
        withApplication("retry", COMPLETED, "--json"));
    refused(ExitCode.NO_SUCH_INSTANCE, "no instance with id \"nobody\"",
        withApplication("retry", "nobody"));
  }

  @Test
  void noCommandAtAll() throws Exception {
    refused(ExitCode.USAGE, "name a command");
  }

  @Test
  void noStoreOrTwoStores() throws Exception {
    refused(ExitCode.USAGE, "Missing required argument (specify one of these): (--store=FILE |"
        + " --url=JDBC-URL)", "list");
    refused(ExitCode.USAGE, "mutually exclusive", onStore("list", "--url",
        "jdbc:postgresql://localhost/app"));
  }

  @Test
  void aStoreFileThatDoesNotExistIsNotCreated() throws Exception {
    Path missing = directory.resolve("typo.mv.db");
    refused(ExitCode.STORE_UNAVAILABLE, "no store file at " + missing, "list", "--store",
        missing.toString());
    assertFalse(Files.exists(missing));
  }

  @Test
  void aStoreFileThatAnotherProcessHasOpen() throws Exception {
    try (H2Store open = H2Store.open(store)) {
      CliProcess.Result result = CliProcess.run(onStore("list"));
      assertEquals(ExitCode.STORE_UNAVAILABLE.code(), result.exitCode(), result::toString);
      assertTrue(result.err().contains("an H2 file is open in one process at a time"),
          result::toString);
    }
    assertEquals(before, ShippingStore.snapshot(store));
  }

  @Test
  void aUrlThatIsNotPostgres() throws Exception {
    refused(ExitCode.USAGE, "--url takes a PostgreSQL JDBC URL", "list", "--url",
        "jdbc:h2:" + store);
  }

  @Test
  void badListArguments() throws Exception {
    refused(ExitCode.USAGE, "expected one of [WAITING, COMPLETED, FAILED, CANCELLED]",
        onStore("list", "--status", "STUCK"));
    refused(ExitCode.USAGE, "--limit must be from 1 to 1000, not 0",
        onStore("list", "--limit", "0"));
    refused(ExitCode.USAGE, "Invalid value for option '--limit': 'many' is not an int",
        onStore("list", "--limit", "many"));
    refused(ExitCode.USAGE, "Invalid value for option '--due-before': cannot convert 'tomorrow'",
        onStore("list", "--due-before", "tomorrow"));
    refused(ExitCode.USAGE, "is not a cursor of an instance page",
        onStore("list", "--cursor", "not-a-cursor"));
    refused(ExitCode.USAGE, "is empty: its start must come before its end",
        onStore("count", "--changed-after", "2026-01-02T00:00:00Z", "--changed-before",
            "2026-01-01T00:00:00Z"));
  }

  @Test
  void anIdNoInstanceHas() throws Exception {
    for (String command : List.of("show", "cancel", "delete")) {
      refused(ExitCode.NO_SUCH_INSTANCE, "no instance with id \"nobody\"",
          withApplication(command, "nobody"));
    }
    refused(ExitCode.NO_SUCH_INSTANCE, "no instance with id \"nobody\"",
        withApplication("resume", "nobody", PARCEL));
  }

  @Test
  void aPayloadThatIsNotJsonOfTheAwaitedClass() throws Exception {
    refused(ExitCode.USAGE, "the payload is not a JSON dev.resumable.cli.app.Parcel",
        withApplication("resume", AWAITING_PARCEL, "{\"tracking\":"));
    refused(ExitCode.USAGE, "Unrecognized field \"grammes\"",
        withApplication("resume", AWAITING_PARCEL,
            "{\"tracking\":\"T\",\"grams\":1,\"grammes\":1}"));
    refused(ExitCode.USAGE, "Missing creator property 'grams'",
        withApplication("resume", AWAITING_PARCEL, "{\"tracking\":\"T\"}"));
    refused(ExitCode.USAGE, "the payload is null",
        withApplication("resume", AWAITING_PARCEL, "null"));
  }

  @Test
  void aPayloadClassThatIsNotOnTheClassPath() throws Exception {
    refused(ExitCode.APPLICATION_MISSING, "the payload class dev.resumable.cli.app.Parcel of"
        + " event \"parcel\" is not on the class path; pass the application's jars and classes"
        + " with --classpath", onStore("resume", AWAITING_PARCEL, PARCEL));
  }

  @Test
  void aWorkflowWhoseObjectNoSetupRegistered() throws Exception {
    refused(ExitCode.APPLICATION_MISSING, "no receiver is registered for"
        + " dev.resumable.cli.app.Shipping", onStore("resume", AWAITING_PARCEL, PARCEL,
        "--classpath", CliProcess.APPLICATION.toString()));
    refused(ExitCode.APPLICATION_MISSING, "--setup CLASS", onStore("cancel", AWAITING_PARCEL,
        "--classpath", CliProcess.APPLICATION.toString()));
  }

  @Test
  void aSetupClassThatIsMissingOrOfTheWrongKind() throws Exception {
    refused(ExitCode.APPLICATION_MISSING, "--setup names com.example.Nope, which is not on"
        + " --classpath", onStore("cancel", AWAITING_PARCEL, "--classpath",
        CliProcess.APPLICATION.toString(), "--setup", "com.example.Nope"));
    refused(ExitCode.USAGE, "must implement java.util.function.Consumer", onStore("cancel",
        AWAITING_PARCEL, "--classpath", CliProcess.APPLICATION.toString(), "--setup",
        "dev.resumable.cli.app.Parcel"));
    refused(ExitCode.USAGE, "--classpath names " + directory.resolve("no.jar")
        + ", which does not exist", onStore("list", "--classpath",
        directory.resolve("no.jar").toString()));
  }

  @Test
  void eventsAnInstanceIsNotInAStateToTake() throws Exception {
    refused(ExitCode.REFUSED, "instance \"" + COMPLETED + "\" is COMPLETED and waits for nothing",
        withApplication("resume", COMPLETED, PARCEL));
    refused(ExitCode.REFUSED, "is FAILED and waits for nothing",
        withApplication("resume", FAILED, PARCEL, "--event", "parcel", "--type",
            "dev.resumable.cli.app.Parcel"));
    refused(ExitCode.USAGE, "does not wait for event \"parcel\" now; to keep the event in its"
        + " inbox, name the payload's class with --type",
        withApplication("resume", AWAITING_DELIVERY, PARCEL, "--event", "parcel"));
    refused(ExitCode.REFUSED, "no instance waits for event \"delivered\" with key \"Z-9\"",
        withApplication("signal", "delivered", "Z-9", "\"Zoe\""));
    refused(ExitCode.REFUSED, "is COMPLETED and waits for nothing",
        withApplication("cancel", COMPLETED));
  }

  @Test
  void aPayloadOfAnotherClassThanTheWaitTakes() throws Exception {
    refused(ExitCode.REFUSED, "instance \"" + AWAITING_PARCEL + "\"",
        withApplication("resume", AWAITING_PARCEL, "\"a string\"", "--event", "parcel",
            "--type", "java.lang.String"));
  }

  @Test
  void deletingAnInstanceThatHasNotEnded() throws Exception {
    refused(ExitCode.REFUSED, "is WAITING; only an instance that has ended is deleted",
        onStore("delete", AWAITING_PARCEL));
  }
}
