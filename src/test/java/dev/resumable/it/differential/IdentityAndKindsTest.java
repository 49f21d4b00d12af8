package dev.resumable.it.differential;

/**
 * Shared references, collection classes and exceptions' suppressed lists kept across waits, with
 * each step in a fresh JVM.
 */
// Calls each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class IdentityAndKindsTest extends DifferentialSuite {

  @Override
  protected void define(Cases cases) {
    cases.receiver(IdentityFlows.class, IdentityFlows::new);
    cases.receiver(KindFlows.class, KindFlows::new);
    cases.add("receiverEvaluatedBeforeAWait",
        () -> new IdentityFlows().receiverEvaluatedBeforeAWait(),
        (r, id) -> r.startReceiverEvaluatedBeforeAWait(id)).event("a", "A").event("b", "B");
    cases.add("localAndTemporary", () -> new IdentityFlows().localAndTemporary(),
        (r, id) -> r.startLocalAndTemporary(id)).event("a", "A");
    cases.add("twoLocals", () -> new IdentityFlows().twoLocals(),
        (r, id) -> r.startTwoLocals(id)).event("a", "A").event("b", "B");
    cases.add("twoFrames", () -> new IdentityFlows().twoFrames(),
        (r, id) -> r.startTwoFrames(id)).event("a", "A").event("b", "B");
    cases.add("arrayReference", () -> new IdentityFlows().arrayReference(),
        (r, id) -> r.startArrayReference(id)).event("a", "AAA").event("b", "BB");
    cases.add("pendingReturnInFinally", () -> new IdentityFlows().pendingReturnInFinally(),
        (r, id) -> r.startPendingReturnInFinally(id)).event("a", "A").event("b", "B");
    cases.add("recordAndItsList", () -> new IdentityFlows().recordAndItsList(),
        (r, id) -> r.startRecordAndItsList(id)).event("a", "A");
    cases.add("mutableCollections", () -> new KindFlows().mutableCollections(),
        (r, id) -> r.startMutableCollections(id)).event("a", "date");
    cases.add("hashSetThatGrew", () -> new KindFlows().hashSetThatGrew(),
        (r, id) -> r.startHashSetThatGrew(id)).event("a", "later-");
    cases.add("maps", () -> new KindFlows().maps(), (r, id) -> r.startMaps(id))
        .event("a", "date");
    cases.add("immutableCollections", () -> new KindFlows().immutableCollections(),
        (r, id) -> r.startImmutableCollections(id)).event("a", "A");
    cases.add("immutableMaps", () -> new KindFlows().immutableMaps(),
        (r, id) -> r.startImmutableMaps(id)).event("a", "A");
    cases.add("enumCollections", () -> new KindFlows().enumCollections(),
        (r, id) -> r.startEnumCollections(id)).event("a", "small");
    cases.add("suppressedExceptions", () -> new KindFlows().suppressedExceptions(),
        (r, id) -> r.startSuppressedExceptions(id)).event("a", "A");
  }
}
