package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Workflow;
import java.time.Duration;

/** Orders that tag themselves with search attributes, for the query API. */
public class OpsFlows {

  @Resumable
  public String order(String customerId, long total) {
    Workflow.attribute("customerId", customerId);
    Workflow.attribute("total", total);
    String payment = Await.event("payment", String.class);
    Workflow.attribute("paid", true);
    if (payment.equals("declined")) {
      throw new IllegalStateException("payment of " + customerId + " declined");
    }
    Await.sleep(Duration.ofDays(1));
    return "shipped to " + customerId;
  }
}
