package dev.resumable.it.differential;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Constructs the transform once could not take apart: waits in the arguments of suspending
 * calls, varargs callees, a wait in a compound assignment's target, for-each over collections,
 * local types in a method that waits.
 */
// Calls each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class TransformGapsTest extends DifferentialSuite {

  @Override
  protected void define(Cases cases) {
    cases.receiver(CallFlows.class, CallFlows::new);
    cases.receiver(LoopFlows.class, LoopFlows::new);
    cases.receiver(LocalTypeFlows.class, LocalTypeFlows::new);
    calls(cases);
    loops(cases);
    cases.add("localTypes", () -> new LocalTypeFlows().localTypes(4),
        (r, id) -> r.startLocalTypes(id, 4)).event("units", 9).event("note", "n");
  }

  private static void calls(Cases cases) {
    cases.add("plusOfAWait", () -> new CallFlows().plusOfAWait(),
        (r, id) -> r.startPlusOfAWait(id)).event("a", 4).event("p", 5);
    cases.add("plusOfPlus", () -> new CallFlows().plusOfPlus(),
        (r, id) -> r.startPlusOfPlus(id)).event("p", 2).event("p", 3);
    cases.add("concatenatedPlus", () -> new CallFlows().concatenatedPlus(),
        (r, id) -> r.startConcatenatedPlus(id)).event("a", 1).event("p", 2);
    cases.add("argumentsInOrder", () -> new CallFlows().argumentsInOrder(3),
        (r, id) -> r.startArgumentsInOrder(id, 3))
        .event("a", 10).event("p", 20).event("p", 30).event("p", 40).event("r", 7);
    cases.add("varargsCalls", () -> new CallFlows().varargsCalls(),
        (r, id) -> r.startVarargsCalls(id)).event("j", "A").event("j", "B").event("j", "C");
    cases.add("waitInTheIndexOfACompoundTarget",
        () -> new CallFlows().waitInTheIndexOfACompoundTarget(),
        (r, id) -> r.startWaitInTheIndexOfACompoundTarget(id))
        .event("i", 3).event("i", 4).event("times", 7);
  }

  private static void loops(Cases cases) {
    Set<String> names = new LinkedHashSet<>(List.of("kim", "ada", "bo"));
    cases.add("overASet", () -> new LoopFlows().overASet(names),
        (r, id) -> r.startOverASet(id, names)).event("tick", 1).event("tick", 2).event("tick", 3);
    Map<String, Integer> stock = new TreeMap<>(Map.of("pen", 3, "ink", 5));
    cases.add("overEntries", () -> new LoopFlows().overEntries(stock),
        (r, id) -> r.startOverEntries(id, stock)).event("extra", 10).event("extra", 20);
    Map<String, Integer> linked = new LinkedHashMap<>();
    linked.put("zz", 2);
    linked.put("a", 7);
    cases.add("overValuesAndKeys", () -> new LoopFlows().overValuesAndKeys(linked),
        (r, id) -> r.startOverValuesAndKeys(id, linked))
        .event("price", 3).event("price", 5).event("skip", false).event("skip", true);
    Set<Integer> outer = new TreeSet<>(Set.of(2, 1));
    Set<String> inner = new LinkedHashSet<>(List.of("x", "y"));
    cases.add("nestedOverSets", () -> new LoopFlows().nestedOverSets(outer, inner),
        (r, id) -> r.startNestedOverSets(id, outer, inner))
        .event("pair", "a").event("pair", "b").event("pair", "c").event("pair", "d");
    Map<String, Integer> counts = Map.of("b", 2, "a", 1, "c", 3);
    cases.add("settingEntries", () -> new LoopFlows().settingEntries(counts),
        (r, id) -> r.startSettingEntries(id, counts))
        .event("factor", 10).event("factor", 100).event("factor", 1000);
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    cases.add("overAnEnumSet", () -> new LoopFlows().overAnEnumSet(days),
        (r, id) -> r.startOverAnEnumSet(id, days))
        .event("now", false).event("now", true).event("now", false)
        .event("at", 1).event("at", 2);
    cases.add("assignedLoopVariable", () -> new LoopFlows().assignedLoopVariable(names),
        (r, id) -> r.startAssignedLoopVariable(id, names))
        .event("tick", 1).event("tick", 2).event("tick", 3);
  }
}
