package dev.resumable.it.differential;

/** Exceptions kept across a wait keep which of their causes and suppressed ones are one object. */
// Calls each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class ExceptionIdentityTest extends DifferentialSuite {

  @Override
  protected void define(Cases cases) {
    cases.receiver(ExceptionFlows.class, ExceptionFlows::new);
    cases.add("causeAndSuppressed", () -> new ExceptionFlows().causeAndSuppressed(),
        (r, id) -> r.startCauseAndSuppressed(id)).event("a", 1);
    cases.add("suppressingEachOther", () -> new ExceptionFlows().suppressingEachOther(),
        (r, id) -> r.startSuppressingEachOther(id)).event("a", 1);
    cases.add("longChainOfCauses", () -> new ExceptionFlows().longChainOfCauses(),
        (r, id) -> r.startLongChainOfCauses(id)).event("a", 1);
    cases.add("thrownAndKeptInALocal", () -> new ExceptionFlows().thrownAndKeptInALocal(),
        (r, id) -> r.startThrownAndKeptInALocal(id)).event("a", 1);
  }
}
