package dev.resumable.console.app;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import dev.resumable.Workflow;
import java.math.BigDecimal;

/**
 * Two refunds at once, each a branch, tagged with search attributes: instances with a parent and
 * attributes, for the console's filters.
 */
public class RefundBatches {

  private RefundBatches() {}

  @Resumable
  public static String refundBoth(String first, String second, BigDecimal each) {
    Workflow.attribute("first", first);
    Workflow.attribute("total", each.add(each));
    Branch<String> one = Await.branch(Refunds.refund(first, each));
    Branch<String> two = Await.branch(Refunds.refund(second, each));
    return Await.join(one) + "; " + Await.join(two);
  }
}
