package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's order, each step in a separate JVM on the same H2 file, as the README's demo. */
class SampleAcrossJvmsTest {

  private static final String DESK = "dev.resumable.sample.OrderDesk";
  private static final Pattern PID = Pattern.compile("\\[JVM (\\d+)]");

  @TempDir
  Path dir;

  @Test
  void orderWaitsInTheStoreBetweenJvmsAndCompletes() throws Exception {
    Path store = dir.resolve("orders");

    JavaProcess.Result placed = run(store, "place", "order-7");
    assertTrue(placed.output().contains("order-7 WAITING for first of event \"payment\""
        + " (Payment), timeout at "), placed.output());
    assertTrue(placed.output().contains("awaiting payment of 54.90"), placed.output());

    JavaProcess.Result paid = run(store, "pay", "order-7");
    assertTrue(paid.output().contains("asked the warehouse to reserve 2 lines"), paid.output());
    assertTrue(paid.output().contains("charged 54.90 (PAY-order-7)"), paid.output());
    assertTrue(paid.output().contains("emailed the customer: 2 lines confirmed"), paid.output());
    assertTrue(paid.output().contains("order-7 WAITING for branch \"order-7/1\""),
        paid.output());
    assertNotEquals(pid(placed), pid(paid), "each step runs in its own JVM");

    JavaProcess.Result reserved = run(store, "reserved", "order-7");
    assertTrue(reserved.output().contains("reserved on aisle 12, bay 3, handed to the carrier"),
        reserved.output());
    assertTrue(reserved.output().contains("order-7 WAITING for event \"delivered\""),
        reserved.output());

    JavaProcess.Result delivered = run(store, "delivered", "order-7");
    assertTrue(delivered.output().contains("order-7 COMPLETED: Receipt[orderId=order-7,"
        + " outcome=DELIVERED, charged=54.90, shelf=aisle 12, bay 3, signedBy=J. Okafor]"),
        delivered.output());

    JavaProcess.Result status = run(store, "status", "order-7/1");
    assertTrue(status.output().contains("order-7/1 COMPLETED: Reservation[warehouse=Leeds,"
        + " shelf=aisle 12, bay 3]"), status.output());
  }

  @Test
  void anUnpaidOrderIsDroppedByTheFirstJvmThatRunsAfterItsTimeout() throws Exception {
    Path store = dir.resolve("orders");
    run(store, "place", "order-8");

    JavaProcess.Result nextDay = run(store, "--later", "PT24H", "status", "order-8");
    assertTrue(nextDay.output().contains("order-8 WAITING for first of event \"payment\""),
        nextDay.output());

    JavaProcess.Result twoDaysLater = run(store, "--later", "PT49H", "status", "order-8");
    assertTrue(twoDaysLater.output().contains("no payment within 48 hours, dropped"),
        twoDaysLater.output());
    assertTrue(twoDaysLater.output().contains("order-8 COMPLETED: Receipt[orderId=order-8,"
        + " outcome=UNPAID"), twoDaysLater.output());
  }

  private static JavaProcess.Result run(Path store, String... args) throws Exception {
    JavaProcess.Result result = JavaProcess.run(store, DESK, args);
    assertEquals(0, result.exitCode(), result.output());
    return result;
  }

  private static String pid(JavaProcess.Result result) {
    Matcher m = PID.matcher(result.output());
    assertTrue(m.find(), result.output());
    return m.group(1);
  }
}
