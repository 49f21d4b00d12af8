package dev.resumable.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructs the transform takes apart compile, with no lint warning under strict lint: what each
 * computes is checked across restarts by the end-to-end differential suite.
 */
class AcceptedConstructsTest {

  private static final String CALLEES = """
        @Resumable int plus(int x) { return x + Await.event("p", Integer.class); }
        @Resumable String joined(String separator, String... parts) {
          return Await.event("j", String.class) + String.join(separator, parts);
        }
        @Resumable void note(int x) { Await.event("n", String.class); }
        @Resumable <T> T echo(T v) { Await.event("t", String.class); return v; }
        @Resumable <T> List<T> twice(T v) {
          List<T> pair = new ArrayList<>(); pair.add(echo(v)); pair.add(echo(v)); return pair;
        }
        record Box(String label) {}
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "return plus(Await.event(\"a\", Integer.class));",
      "return plus(plus(1));",
      "int y = plus(Await.event(\"a\", Integer.class)); return y;",
      "int y = 0; y = plus(y + Await.event(\"a\", Integer.class)); return y;",
      "note(plus(2)); return 0;",
      "return (\"\" + plus(Await.event(\"a\", Integer.class))).length();",
      "return joined(\",\", \"a\", \"b\").length() + joined(\"-\").length();",
      "return joined(\";\", new String[] {\"x\"}).length();",
      "int[] a = {1, 2}; a[Await.event(\"i\", Integer.class) % 2] += 10; return a[0] + a[1];",
      "int s = 0; for (int v : new TreeSet<>(Set.of(3, 1))) { s += v * Await.event(\"m\","
          + " Integer.class); } return s;",
      "Map<String, Integer> m = new TreeMap<>(Map.of(\"a\", 1)); int s = 0;"
          + " for (Map.Entry<String, Integer> e : m.entrySet()) {"
          + " s += e.getValue() + Await.event(\"m\", Integer.class); } return s;",
      "Map<String, Integer> m = new HashMap<>(); int s = 0;"
          + " for (String k : m.keySet()) { s += k.length() + plus(1); }"
          + " for (int v : m.values()) { s += v + plus(2); } return s;",
      "Deque<String> d = new ArrayDeque<>(List.of(\"x\")); int s = 0;"
          + " for (String x : d) { s += x.length() + plus(3); } return s;",
      "record Pair(int a, int b) { int sum() { return a + b; } } enum Color { RED }"
          + " interface Shape { int area(); } class Doubler { int twice(int x) { return 2 * x; } }"
          + " int first = new Pair(1, 2).sum(); int got = Await.event(\"e\", Integer.class);"
          + " Shape s = () -> got; List<Pair> pairs = List.of(new Pair(got, first));"
          + " return pairs.get(0).sum() + Color.RED.ordinal() + s.area() + new Doubler().twice(1);",
      "EnumSet<java.time.DayOfWeek> days = EnumSet.of(java.time.DayOfWeek.MONDAY);"
          + " EnumMap<java.time.DayOfWeek, Integer> hours = new EnumMap<>(java.time.DayOfWeek.class);"
          + " Await.event(\"e\", String.class); return days.size() + hours.size();",
      "return echo(1) + echo(\"ab\").length() + echo(List.of(2)).get(0)"
          + " + echo(new Box(\"x\")).label().length() + twice(new Box(\"y\")).size()"
          + " + this.<Integer>echo(5) + twice(List.of(List.of(\"z\"))).size();",
  })
  void compiles(String body) {
    Compilation compilation = Sources.compile(
        Sources.flow(CALLEES + "@Resumable int run() {\n" + body + "\n}"));
    assertThat(compilation).succeeded();
    // A callee called twice has a positional second id, which is warned about; nothing else.
    assertThat(compilation.warnings().stream()
        .map(w -> w.getMessage(java.util.Locale.ROOT))
        .filter(m -> !m.startsWith("[Resumable.PositionalPointId]"))
        .toList()).isEmpty();
  }
}
