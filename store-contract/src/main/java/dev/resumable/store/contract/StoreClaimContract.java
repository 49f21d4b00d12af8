package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.StoredInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.resumable.store.Store} does with due work: it is claimed by one owner at
 * a time, earliest first, until the claim is released, cleared by a commit, or expires. This is
 * what lets several engines share a store and fire each timer once.
 */
public abstract class StoreClaimContract extends StoreTest {

  private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  @Test
  void dueInstancesAreClaimedEarliestFirstAndOnlyWhenDue() {
    store.insert(due("late", NOON.plusSeconds(60)));
    store.insert(due("early", NOON.minusSeconds(60)));
    store.insert(due("exact", NOON));
    store.insert(new StoredInstance("none", "m", "WAITING", 1, new byte[] {1}));

    assertEquals(List.of("early"), store.claimDue(NOON, 1, "node-a", LEASE));
    assertEquals(List.of("exact"), store.claimDue(NOON, 10, "node-a", LEASE));
    assertEquals(List.of(), store.claimDue(NOON, 10, "node-a", LEASE));
  }

  @Test
  void aClaimedInstanceIsNotHandedToAnotherOwner() {
    store.insert(due("t", NOON));

    assertEquals(List.of("t"), store.claimDue(NOON, 10, "node-a", LEASE));

    assertEquals(List.of(), store.claimDue(NOON.plusSeconds(30), 10, "node-b", LEASE));
  }

  @Test
  void aClaimWhoseLeaseRanOutIsTakenOver() {
    store.insert(due("t", NOON));
    store.claimDue(NOON, 10, "dead-node", LEASE);

    assertEquals(List.of(), store.claimDue(NOON.plus(LEASE).minusMillis(1), 10, "node-b", LEASE));
    assertEquals(List.of("t"), store.claimDue(NOON.plus(LEASE), 10, "node-b", LEASE));
  }

  @Test
  void aReleasedClaimCanBeClaimedAgainButOnlyItsOwnerReleasesIt() {
    store.insert(due("t", NOON));
    store.claimDue(NOON, 10, "node-a", LEASE);

    store.releaseClaim("t", "node-b");
    assertEquals(List.of(), store.claimDue(NOON, 10, "node-b", LEASE));
    store.releaseClaim("t", "node-a");
    assertEquals(List.of("t"), store.claimDue(NOON, 10, "node-b", LEASE));
  }

  @Test
  void aCommitOfTheInstanceClearsItsClaim() {
    store.insert(due("t", NOON));
    store.claimDue(NOON, 10, "node-a", LEASE);

    store.update(new StoredInstance("t", "m", "WAITING", 2, new byte[] {2}, NOON.plusSeconds(5)),
        1);

    assertEquals(List.of("t"), store.claimDue(NOON.plusSeconds(5), 10, "node-b", LEASE));
  }

  @Test
  void anInstanceThatIsNoLongerDueIsNotClaimed() {
    store.insert(due("t", NOON));
    store.update(new StoredInstance("t", "m", "COMPLETED", 2, new byte[] {2}), 1);

    assertEquals(List.of(), store.claimDue(NOON, 10, "node-a", LEASE));
  }

  @Test
  void releasingWhatIsNotClaimedChangesNothing() {
    store.insert(due("t", NOON));

    store.releaseClaim("t", "node-a");
    store.releaseClaim("nobody", "node-a");

    assertEquals(1, store.load("t").orElseThrow().revision());
    assertEquals(List.of("t"), store.claimDue(NOON, 10, "node-a", LEASE));
  }

  private static StoredInstance due(String id, Instant at) {
    return new StoredInstance(id, "m", "WAITING", 1, new byte[] {1}, at);
  }
}
