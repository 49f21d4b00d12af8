package dev.resumable.it.differential;

import java.util.List;

/** Statements that a wait takes apart compute what plain Java computes, across fresh JVMs. */
// Calls each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class StatementsTest extends DifferentialSuite {

  @Override
  protected void define(Cases cases) {
    cases.receiver(StatementFlows.class, StatementFlows::new);
    List<String> items = List.of("book", "lamp", "mug");
    cases.add("forEachOverAList", () -> new StatementFlows().forEachOverAList(items),
        (r, id) -> r.startForEachOverAList(id, items))
        .event("parcel", "P1").event("parcel", "P2").event("parcel", "P3");
    cases.add("textWithLoneSurrogates", () -> new StatementFlows().textWithLoneSurrogates(),
        (r, id) -> r.startTextWithLoneSurrogates(id)).event("tick", "t");
    cases.add("loopWithBreakAndContinue", () -> new StatementFlows().loopWithBreakAndContinue(),
        (r, id) -> r.startLoopWithBreakAndContinue(id))
        .event("n", 1).event("n", 0).event("n", 2).event("n", 3).event("n", 4).event("n", -1);
    cases.add("finallyWaitsAfterReturn", () -> new StatementFlows().finallyWaitsAfterReturn(),
        (r, id) -> r.startFinallyWaitsAfterReturn(id))
        .event("body", "b").event("cleanup", "c");
    cases.add("catchesFromTwoFramesDown", () -> new StatementFlows().catchesFromTwoFramesDown(),
        (r, id) -> r.startCatchesFromTwoFramesDown(id))
        .event("n", -4).event("after", "later");
    cases.add("returnsFromTwoFramesDown", () -> new StatementFlows().catchesFromTwoFramesDown(),
        (r, id) -> r.startCatchesFromTwoFramesDown(id))
        .event("n", 41);
    cases.add("switchYieldsAWait", () -> new StatementFlows().switchYieldsAWait(2),
        (r, id) -> r.startSwitchYieldsAWait(id, 2))
        .event("two", "ab").event("tail", "t");
    cases.add("sleepsBetweenEvents", () -> new StatementFlows().sleepsBetweenEvents(),
        (r, id) -> r.startSleepsBetweenEvents(id))
        .event("first", "x").timers().event("second", "y");
    cases.add("failsAfterAWait", () -> new StatementFlows().failsAfterAWait(),
        (r, id) -> r.startFailsAfterAWait(id))
        .event("n", 7);
  }
}
