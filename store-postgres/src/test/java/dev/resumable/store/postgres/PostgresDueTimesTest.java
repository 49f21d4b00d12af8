package dev.resumable.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.StoredInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL keeps microseconds: a due time between two is never found due early, and loads as
 * it was stored.
 */
class PostgresDueTimesTest {

  private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private final PostgresStore store = PostgresStore.open(TestPostgres.freshSchemaUrl());

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aDueTimeWithNanosecondsComesDueAtTheNextMicrosecond() {
    store.insert(new StoredInstance("nap", "m", "WAITING", 1, new byte[] {1},
        NOON.plusNanos(1_500)));

    assertEquals(List.of(), store.claimDue(NOON.plusNanos(1_999), 10, "node", LEASE));
    assertEquals(List.of("nap"), store.claimDue(NOON.plusNanos(2_000), 10, "node", LEASE));
    assertEquals(Optional.of(NOON.plusNanos(2_000)), store.nextDue());
    assertEquals(NOON.plusNanos(1_500), store.load("nap").orElseThrow().due());
  }

  @Test
  void aWholeMicrosecondIsKeptExactly() {
    store.insert(new StoredInstance("nap", "m", "WAITING", 1, new byte[] {1},
        NOON.plusNanos(3_000)));

    assertEquals(List.of("nap"), store.claimDue(NOON.plusNanos(3_000), 10, "node", LEASE));
    assertEquals(Optional.of(NOON.plusNanos(3_000)), store.nextDue());
    assertEquals(NOON.plusNanos(3_000), store.load("nap").orElseThrow().due());
  }

  @Test
  void aClaimEndingBetweenTwoMicrosecondsIsNotOverEarly() {
    store.insert(new StoredInstance("nap", "m", "WAITING", 1, new byte[] {1}, NOON));
    store.claimDue(NOON, 10, "a", Duration.ofNanos(1_500));

    assertEquals(List.of(), store.claimDue(NOON.plusNanos(1_999), 10, "b", LEASE));
    assertEquals(List.of("nap"), store.claimDue(NOON.plusNanos(2_000), 10, "b", LEASE));
  }
}
