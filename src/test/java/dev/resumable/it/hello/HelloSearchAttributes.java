package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Workflow;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * HelloSearchAttributes and HelloTypedSearchAttributes: the workflow sets typed, indexed
 * attributes on itself, by which the query API finds it.
 */
public class HelloSearchAttributes {

  @Resumable
  public String shop(String customer, long orderNumber) {
    Workflow.attribute("customer", customer);
    Workflow.attribute("orderNumber", orderNumber);
    Workflow.attribute("total", new BigDecimal("42.50"));
    Workflow.attribute("placedAt", Instant.parse("2030-01-01T00:00:00Z"));
    Workflow.attribute("express", true);
    return "shipped " + Await.event("shipped", String.class);
  }
}
