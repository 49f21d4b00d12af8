package dev.resumable.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.FrameRecord;
import dev.resumable.proto.Value;
import org.junit.jupiter.api.Test;

/** A stored frame is judged at its own point only: its id, and the locals live there now. */
class PointFitTest {

  private static final String KEY = "com.acme.Orders#checkout(java.lang.String)";

  /** This build: waits for "payment" with orderId live, then for "parcel" with both live. */
  private static final FrameType TYPE = FrameType.of(KEY, "new-fingerprint")
      .source("com.acme.Orders", "checkout", "Orders.java")
      .restoredBy(receivers -> null)
      .types("orderId:java.lang.String", "items:java.util.List<java.lang.String>")
      .event("event:payment", 1, 10, "payment", Object.class, "orderId")
      .event("event:parcel", 2, 12, "parcel", Object.class, "orderId", "items")
      .build();

  private static FrameRecord.Builder stored(String point) {
    return FrameRecord.newBuilder().setMethodKey(KEY).setFingerprint("old-fingerprint")
        .setSuspensionId(point).setHasLocalTypes(true);
  }

  private static FrameRecord.Builder with(FrameRecord.Builder frame, String name, String type) {
    return frame.putLocals(name, Value.getDefaultInstance()).putLocalTypes(name, type);
  }

  @Test
  void continuesWhatEverElseChangedAndDropsLocalsNoLongerLive() throws RestoreException {
    FrameRecord frame = with(with(stored("event:payment"), "orderId", "java.lang.String"),
        "discount", "int").build();
    assertEquals("event:payment", PointFit.check(frame, TYPE).id());
  }

  @Test
  void continuesWhereAStoredLocalWidens() throws RestoreException {
    FrameRecord frame = with(with(stored("event:parcel"), "orderId", "java.lang.String"),
        "items", "java.util.ArrayList<java.lang.String>").build();
    assertEquals(2, PointFit.check(frame, TYPE).label());
  }

  @Test
  void refusesAPointThisBuildLacksNamingItsPoints() {
    FrameRecord frame = with(stored("event:approval"), "orderId", "java.lang.String").build();
    var e = assertThrows(RestoreException.class, () -> PointFit.check(frame, TYPE));
    assertTrue(e.incompatible());
    assertTrue(e.getMessage().contains(KEY + " at event:approval, a suspension point this build"
        + " of the method no longer has (its points now: event:payment, event:parcel)"),
        e.getMessage());
  }

  @Test
  void refusesEveryLocalThatDiffersNamingEach() {
    FrameRecord frame = with(stored("event:parcel"), "orderId", "java.util.UUID").build();
    var e = assertThrows(RestoreException.class, () -> PointFit.check(frame, TYPE));
    assertTrue(e.getMessage().contains(KEY + " at event:parcel, where this build differs from"
        + " the code that stored it: local 'orderId' was stored as java.util.UUID and is now"
        + " java.lang.String, which cannot hold it; local 'items' (java.util.List<java.lang"
        + ".String>) is live there now but was not stored; keep those"), e.getMessage());
  }

  @Test
  void aRecordWithoutLocalTypesNeedsItsOwnFingerprint() throws RestoreException {
    FrameRecord same = FrameRecord.newBuilder().setMethodKey(KEY).setFingerprint("new-fingerprint")
        .setSuspensionId("event:payment").putLocals("orderId", Value.getDefaultInstance()).build();
    assertEquals("event:payment", PointFit.check(same, TYPE).id());
    FrameRecord other = same.toBuilder().setFingerprint("old-fingerprint").build();
    var e = assertThrows(RestoreException.class, () -> PointFit.check(other, TYPE));
    assertTrue(e.getMessage().contains("stored fingerprint old-fingerprint, this build"
        + " new-fingerprint"), e.getMessage());
  }
}
