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

    JavaProcess.Result placed = JavaProcess.run(store, DESK, "place", "order-7");
    assertEquals(0, placed.exitCode(), placed.output());
    assertTrue(placed.output().contains("order-7 WAITING for first of event \"payment\""
        + " (Payment), timeout at "), placed.output());
    assertTrue(placed.output().contains("awaiting payment of 54.90"), placed.output());

    JavaProcess.Result paid = JavaProcess.run(store, DESK, "pay", "order-7");
    assertEquals(0, paid.exitCode(), paid.output());
    assertTrue(paid.output().contains("order-7 WAITING for event \"parcel\" (Parcel)"),
        paid.output());
    assertNotEquals(pid(placed), pid(paid), "each step runs in its own JVM");

    JavaProcess.Result first = JavaProcess.run(store, DESK, "ship", "order-7", "PKG-1");
    assertTrue(first.output().contains("KETTLE-01 shipped as PKG-1"), first.output());
    assertTrue(first.output().contains("WAITING for event \"parcel\""), first.output());

    JavaProcess.Result second = JavaProcess.run(store, DESK, "ship", "order-7", "PKG-2");
    assertEquals(0, second.exitCode(), second.output());
    assertTrue(second.output().contains("MUG-06 shipped as PKG-2"), second.output());
    assertTrue(second.output().contains(
        "order-7 COMPLETED: Receipt[orderId=order-7, outcome=SHIPPED, charged=54.90,"
            + " tracking=[PKG-1, PKG-2]]"), second.output());

    JavaProcess.Result status = JavaProcess.run(store, DESK, "status", "order-7");
    assertTrue(status.output().contains("order-7 COMPLETED: Receipt[orderId=order-7, outcome="
        + "SHIPPED, charged=54.90, tracking=[PKG-1, PKG-2]]"), status.output());
  }

  private static String pid(JavaProcess.Result result) {
    Matcher m = PID.matcher(result.output());
    assertTrue(m.find(), result.output());
    return m.group(1);
  }
}
