package dev.resumable.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queries are checked when built, and a cursor continues only the order that made it. */
class InstanceQueryTest {

  private static final Instant T = Instant.parse("2030-01-01T00:00:00.123456789Z");

  private static InstanceInfo info(String id) {
    return new InstanceInfo(id, "m", Status.WAITING, 1, T, T, T, List.of(), null, null);
  }

  private static String cursorOf(InstanceQuery query) {
    return InstancePage.of(query, List.of(info("a"), info("b"))).nextCursor().orElseThrow();
  }

  @Test
  void aCursorCarriesItsPositionToTheNextPage() {
    InstanceQuery query = InstanceQuery.builder().order(InstanceQuery.Order.DUE, true).limit(1)
        .build();

    InstanceQuery next = query.next(InstancePage.of(query, List.of(info("a"), info("b"))));

    assertEquals(new InstanceQuery.Position(T, "a"), next.after().orElseThrow());
    assertEquals(query.order(), next.order());
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    String cursor = cursorOf(InstanceQuery.builder().order(InstanceQuery.Order.STARTED, false)
        .limit(1).build());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InstanceQuery.builder().cursor(cursor).build());

    assertTrue(e.getMessage().contains("ordered by STARTED, not by ID"), e.getMessage());
  }

  @Test
  void aStringThatIsNoCursorIsRefused() {
    for (String bad : List.of("", "!!", "bm90IGEgY3Vyc29y", "MXxJRHxhfHw")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> InstanceQuery.builder().cursor(bad).build(), bad);
      assertTrue(e.getMessage().contains("is not a cursor"), e.getMessage());
    }
  }

  @Test
  void theLastPageHasNoNext() {
    InstanceQuery query = InstanceQuery.builder().limit(2).build();
    InstancePage last = InstancePage.of(query, List.of(info("a"), info("b")));

    assertThrows(IllegalArgumentException.class, () -> query.next(last));
  }

  @Test
  void badConditionsAreRefusedNamingTheProblem() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> InstanceQuery.builder().status(Status.UNREADABLE)).getMessage()
        .contains("not a stored status"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> InstanceQuery.builder().dueAtOrAfter(T).dueBefore(T).build()).getMessage()
        .contains("is empty"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> InstanceQuery.builder().limit(0)).getMessage().contains("between 1 and 1000"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> InstanceQuery.builder().method(" ")).getMessage().contains("blank"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> AttributeValue.of(T)).getMessage().contains("truncatedTo"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> AttributeValue.of("x".repeat(501))).getMessage().contains("at most 500"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> AttributeValue.of((String) null)).getMessage().contains("must not be null"));
  }

  @Test
  void numbersAreEqualByValue() {
    assertEquals(AttributeValue.of(42), AttributeValue.of(new BigDecimal("42.00")));
    assertEquals(AttributeValue.of(42).hashCode(),
        AttributeValue.of(new BigDecimal("42.00")).hashCode());
  }
}
