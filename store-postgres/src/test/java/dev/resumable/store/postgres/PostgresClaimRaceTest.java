package dev.resumable.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.ChangeSet;
import dev.resumable.store.StoredInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two stores with pools of their own, as two engine processes have, claim the same due timers at
 * the same moment, a small page at a time: every timer goes to exactly one of them.
 */
class PostgresClaimRaceTest {

  private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");
  private static final int TIMERS = Integer.getInteger("resumable.drill.claimRaceTimers", 400);
  private static final int PAGE = 7;

  private final String url = TestPostgres.freshSchemaUrl();
  private final PostgresStore left = PostgresStore.open(url);
  private final PostgresStore right = PostgresStore.open(url);
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void close() {
    threads.shutdownNow();
    left.close();
    right.close();
  }

  @Test
  void everyDueTimerIsClaimedByExactlyOneOfTwoNodes() throws Exception {
    ChangeSet.Builder timers = ChangeSet.builder();
    for (int i = 0; i < TIMERS; i++) {
      // Several timers share a due time, so that the order within a page is by id too.
      timers.insert(new StoredInstance(String.format("t-%04d", i), "m", "WAITING", 1,
          new byte[] {1}, NOON.minusSeconds(i % 13)));
    }
    left.commit(timers.build());
    CyclicBarrier together = new CyclicBarrier(2);

    Future<List<String>> leftClaims = threads.submit(() -> claimAll(left, "left", together));
    Future<List<String>> rightClaims = threads.submit(() -> claimAll(right, "right", together));
    List<String> byLeft = leftClaims.get();
    List<String> byRight = rightClaims.get();

    Set<String> both = new HashSet<>(byLeft);
    both.retainAll(byRight);
    assertEquals(Set.of(), both, "claimed by both nodes");
    Set<String> all = new HashSet<>(byLeft);
    all.addAll(byRight);
    assertEquals(TIMERS, all.size(), "claimed by neither node: " + (TIMERS - all.size()));
    assertEquals(TIMERS, byLeft.size() + byRight.size(), "a node claimed one timer twice");
    System.out.println("claim races: " + TIMERS + " timers, left claimed " + byLeft.size()
        + ", right " + byRight.size());
  }

  /** Claims a page at a time until nothing due is left unclaimed. */
  private static List<String> claimAll(PostgresStore store, String owner,
      CyclicBarrier together) throws Exception {
    List<String> claimed = new ArrayList<>();
    together.await();
    while (true) {
      List<String> page = store.claimDue(NOON, PAGE, owner, Duration.ofMinutes(5));
      if (page.isEmpty()) {
        return claimed;
      }
      claimed.addAll(page);
    }
  }
}
