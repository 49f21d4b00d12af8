package dev.resumable.it.differential;

/** Views kept across a wait on their own, with each step in a fresh JVM. */
// Calls each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class ViewsTest extends DifferentialSuite {

  @Override
  protected void define(Cases cases) {
    cases.receiver(ViewFlows.class, ViewFlows::new);
    cases.add("viewsAlone", () -> new ViewFlows().viewsAlone(), (r, id) -> r.startViewsAlone(id))
        .event("a", "A");
    cases.add("arraysAsListAlone", () -> new ViewFlows().arraysAsListAlone(),
        (r, id) -> r.startArraysAsListAlone(id)).event("a", "A");
    cases.add("viewBesideAnotherList", () -> new ViewFlows().viewBesideAnotherList(),
        (r, id) -> r.startViewBesideAnotherList(id)).event("a", "A");
  }
}
