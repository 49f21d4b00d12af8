package dev.resumable.it.differential;

/**
 * Generic callees with locals typed by their type variables live across waits, called with an
 * Integer, a String, a list and a record, and down a chain of generic callers.
 */
// Calls each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class GenericCalleesTest extends DifferentialSuite {

  @Override
  protected void define(Cases cases) {
    cases.receiver(GenericFlows.class, GenericFlows::new);
    cases.add("echoInteger", () -> new GenericFlows().echoInteger(),
        (r, id) -> r.startEchoInteger(id)).event("tick", 1);
    cases.add("echoString", () -> new GenericFlows().echoString(),
        (r, id) -> r.startEchoString(id)).event("tick", 1).event("tick", 2);
    cases.add("echoList", () -> new GenericFlows().echoList(),
        (r, id) -> r.startEchoList(id)).event("tick", 1).event("more", 9);
    cases.add("echoRecord", () -> new GenericFlows().echoRecord(),
        (r, id) -> r.startEchoRecord(id)).event("tick", 1);
    cases.add("nestedChain", () -> new GenericFlows().nestedChain(),
        (r, id) -> r.startNestedChain(id)).event("tick", 1).event("tick", 2).event("tick", 3);
    cases.add("nestedChainOfLists", () -> new GenericFlows().nestedChainOfLists(),
        (r, id) -> r.startNestedChainOfLists(id))
        .event("tick", 1).event("tick", 2).event("tick", 3);
  }
}
