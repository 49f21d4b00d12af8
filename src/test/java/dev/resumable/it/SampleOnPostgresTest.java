package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.sample.OrderDesk;
import dev.resumable.store.postgres.TestPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample's order on PostgreSQL ({@code -Dresumable.postgres.url}), each step in a JVM of its
 * own: payment, a branch that reserves the stock, delivery.
 */
class SampleOnPostgresTest {

  @Test
  void theSampleOrderCompletesWithItsStateInPostgres() throws Exception {
    String url = TestPostgres.freshSchemaUrl();

    String placed = run(url, "place", "order-7");
    assertTrue(placed.contains("order-7 WAITING for first of event \"payment\""), placed);

    String paid = run(url, "pay", "order-7");
    assertTrue(paid.contains("charged 54.90 (PAY-order-7)"), paid);
    assertTrue(paid.contains("order-7 WAITING for branch \"order-7/1\""), paid);

    String reserved = run(url, "reserved", "order-7");
    assertTrue(reserved.contains("order-7 WAITING for event \"delivered\""), reserved);

    String delivered = run(url, "delivered", "order-7");
    assertTrue(delivered.contains("order-7 COMPLETED: Receipt[orderId=order-7,"
        + " outcome=DELIVERED, charged=54.90, shelf=aisle 12, bay 3, signedBy=J. Okafor]"),
        delivered);
  }

  private static String run(String url, String... args) throws Exception {
    JavaProcess.Result result = JavaProcess.run(
        List.of("-D" + OrderDesk.POSTGRES_URL_PROPERTY + "=" + url),
        OrderDesk.class.getName(), args);
    assertEquals(0, result.exitCode(), result.output());
    return result.output();
  }
}
