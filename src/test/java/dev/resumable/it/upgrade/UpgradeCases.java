package dev.resumable.it.upgrade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two versions of the same workflows, as a team would deploy them a week apart: one class per
 * kind of change, each with the version instances were started under and the version that has
 * to continue them. Both are compiled separately by the real processor.
 */
final class UpgradeCases {

  private UpgradeCases() {}

  static final String PACKAGE = "dev.resumable.it.upgrade.cases";

  /** One kind of change: its class in both versions. */
  record Change(String className, String before, String after) {}

  static final List<Change> CHANGES = List.of(
      new Change("StatementAdded", """
          @Resumable
          public static String statementAdded() {
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return a + b;
          }
          """, """
          @Resumable
          public static String statementAdded() {
            String a = Await.event("a", String.class);
            a = a.toUpperCase();
            String b = Await.event("b", String.class);
            return a + b;
          }
          """),
      new Change("UseAddedAfterLastWait", """
          @Resumable
          public static String useAdded(String order) {
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return a + b;
          }
          """, """
          @Resumable
          public static String useAdded(String order) {
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return order + ":" + a + b;
          }
          """),
      new Change("WaitsAddedBeforeAndAfter", """
          @Resumable
          public static String waitsAdded() {
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return a + b;
          }
          """, """
          @Resumable
          public static String waitsAdded() {
            String hello = Await.event("hello", String.class);
            if (hello.isEmpty()) {
              return "nobody said hello";
            }
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            String c = Await.event("c", String.class);
            return a + b + c;
          }
          """),
      new Change("WaitRemoved", """
          @Resumable
          public static String waitRemoved() {
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            String c = Await.event("c", String.class);
            return a + b + c;
          }
          """, """
          @Resumable
          public static String waitRemoved() {
            String a = Await.event("a", String.class);
            String c = Await.event("c", String.class);
            return a + c;
          }
          """),
      new Change("WaitsReordered", """
          @Resumable
          public static String reordered() {
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return a + b;
          }
          """, """
          @Resumable
          public static String reordered() {
            String b = Await.event("b", String.class);
            String a = Await.event("a", String.class);
            return a + b;
          }
          """),
      new Change("LocalRenamed", """
          @Resumable
          public static int renamed() {
            int total = Await.event("n", Integer.class);
            int more = Await.event("m", Integer.class);
            return total + more;
          }
          """, """
          @Resumable
          public static int renamed() {
            int sum = Await.event("n", Integer.class);
            int more = Await.event("m", Integer.class);
            return sum + more;
          }
          """),
      new Change("TypeWidened", """
          @Resumable
          public static String widened() {
            ArrayList<String> seen = new ArrayList<>();
            int count = 1;
            String a = Await.event("a", String.class);
            seen.add(a);
            count++;
            String b = Await.event("b", String.class);
            seen.add(b);
            count++;
            return seen + " " + count;
          }
          """, """
          @Resumable
          public static String widened() {
            List<String> seen = new ArrayList<>();
            long count = 1;
            String a = Await.event("a", String.class);
            seen.add(a);
            count++;
            String b = Await.event("b", String.class);
            seen.add(b);
            count += 1_000_000_000_000L;
            return seen + " " + count + " " + seen.getClass().getSimpleName();
          }
          """),
      new Change("TypeChangedIncompatibly", """
          @Resumable
          public static String retyped() {
            int total = Await.event("n", Integer.class);
            int more = Await.event("m", Integer.class);
            return "" + (total + more);
          }
          """, """
          @Resumable
          public static String retyped() {
            String total = "#" + Await.event("n", Integer.class);
            int more = Await.event("m", Integer.class);
            return total + more;
          }
          """),
      new Change("RepeatAddedBefore", """
          @Resumable
          public static int repeated() {
            int x = Await.event("n", Integer.class);
            int y = Await.event("n", Integer.class);
            return x * 10 + y;
          }
          """, """
          @Resumable
          public static int repeated() {
            int w = Await.event("n", Integer.class);
            int x = Await.event("n", Integer.class);
            int y = Await.event("n", Integer.class);
            return w * 100 + x * 10 + y;
          }
          """),
      new Change("RepeatAddedBeforeLabelled", """
          @Resumable
          public static int anchored() {
            int x;
            int y;
            first: x = Await.event("n", Integer.class);
            second: y = Await.event("n", Integer.class);
            return x * 10 + y;
          }
          """, """
          @Resumable
          public static int anchored() {
            int w = Await.event("n", Integer.class);
            if (w < 0) {
              return w;
            }
            int x;
            int y;
            first: x = Await.event("n", Integer.class);
            second: y = Await.event("n", Integer.class);
            return x * 10 + y;
          }
          """),
      new Change("PayloadRetyped", """
          @Resumable
          public static String payload() {
            String a = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return a + b;
          }
          """, """
          @Resumable
          public static String payload() {
            String a = Await.event("a", String.class);
            Integer b = Await.event("b", Integer.class);
            return a + b;
          }
          """),
      new Change("CalleeChanged", """
          @Resumable
          public static String outer() {
            String head = Await.event("head", String.class);
            String tail = inner(head);
            return head + "/" + tail;
          }

          @Resumable
          static String inner(String head) {
            String x = Await.event("x", String.class);
            return head + x;
          }
          """, """
          @Resumable
          public static String outer() {
            String head = Await.event("head", String.class);
            String tail = inner(head);
            return tail + "!";
          }

          @Resumable
          static String inner(String head) {
            String x = Await.event("x", String.class);
            String y = Await.event("y", String.class);
            return head + x + y;
          }
          """),
      new Change("MethodRenamed", """
          @Resumable
          public static String oldName() {
            return Await.event("a", String.class);
          }
          """, """
          @Resumable
          public static String newName() {
            return Await.event("a", String.class);
          }
          """),
      new Change("LocalNoLongerLive", """
          @Resumable
          public static String dropped() {
            String note = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return note + b;
          }
          """, """
          @Resumable
          public static String dropped() {
            String note = Await.event("a", String.class);
            String b = Await.event("b", String.class);
            return b.toUpperCase();
          }
          """),
      new Change("BranchChanged", """
          @Resumable
          public static String parent(String order) {
            Branch<String> part = Await.branch(part(order));
            return "joined " + Await.join(part);
          }

          @Resumable
          public static String part(String order) {
            String stock = Await.event("stock", String.class);
            return order + stock;
          }
          """, """
          @Resumable
          public static String parent(String order) {
            Branch<String> part = Await.branch(part(order));
            return "joined " + Await.join(part);
          }

          @Resumable
          public static String part(String order) {
            String stock = Await.event("stock", String.class);
            String packed = Await.event("packed", String.class);
            return order + stock + packed;
          }
          """));

  /** The sources of one version: each change's class, whole. */
  static Map<String, String> sources(boolean after) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Change change : CHANGES) {
      sources.put(PACKAGE.replace('.', '/') + "/" + change.className() + ".java",
          "package " + PACKAGE + ";\n\n"
              + "import dev.resumable.Await;\n"
              + "import dev.resumable.Branch;\n"
              + "import dev.resumable.Resumable;\n"
              + "import java.util.ArrayList;\n"
              + "import java.util.List;\n\n"
              + "public class " + change.className() + " {\n\n"
              + (after ? change.after() : change.before()).indent(2)
              + "}\n");
    }
    return sources;
  }
}
