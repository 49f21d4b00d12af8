package dev.resumable.it.differential;

/** Sharing inside a payload and a result, with each step in a fresh JVM. */
// Calls each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class SharedValuesTest extends DifferentialSuite {

  @Override
  protected void define(Cases cases) {
    cases.receiver(SharingFlows.class, SharingFlows::new);
    cases.add("payloadAndResultShare", () -> new SharingFlows().payloadAndResultShare(),
        (r, id) -> r.startPayloadAndResultShare(id))
        .event("a", SharingFlows.sharedPair())
        .event("b", "B");
    cases.add("argumentsShare",
        () -> new SharingFlows().argumentsAndInboxShare(SharingFlows.sharedPair()),
        (r, id) -> r.startArgumentsAndInboxShare(id, SharingFlows.sharedPair()))
        .event("a", "A")
        .event("b", SharingFlows.sharedPair());
  }
}
