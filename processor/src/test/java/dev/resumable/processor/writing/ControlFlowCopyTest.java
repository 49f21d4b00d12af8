package dev.resumable.processor.writing;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Copies of every kind of statement, in particular switches, jumps and exception handling. */
class ControlFlowCopyTest {
  private static final String FLOW =
      """
      package sample;

      import java.io.*;
      import java.util.*;

      class Flow {
        enum Day { MON, TUE, WED, SAT, SUN }

        final StringBuilder trace = new StringBuilder();
        final List<String> lock = new ArrayList<>();
        int closed;
        final Resource owned = new Resource("owned");

        class Resource implements AutoCloseable {
          final String name;
          Resource(String name) { this.name = name; trace.append("open " + name + ";"); }
          @Override public void close() { closed++; trace.append("close " + name + ";"); }
          @Override public String toString() { return name; }
        }

        String kind(Day day) {
          switch (day) {
            case MON:
            case TUE:
              trace.append("early;");
            case WED:
              return "week";
            case SAT, SUN:
              return "weekend";
            default:
              throw new IllegalStateException();
          }
        }

        @Copy
        String colonSwitchWithFallThrough() {
          String result = "";
          for (Day day : Day.values()) {
            switch (day) {
              case MON:
              case TUE:
                result += "a";
              case WED:
                result += "b";
                break;
              case SAT, SUN:
                result += "c";
                break;
              default:
                result += "?";
            }
          }
          return result + kind(Day.MON);
        }

        @Copy
        String arrowSwitches() {
          StringBuilder out = new StringBuilder();
          for (Day day : Day.values()) {
            switch (day) {
              case MON, TUE -> out.append("1");
              case WED -> {
                out.append("2");
                trace.append("wed;");
              }
              case SAT -> throw new IllegalArgumentException("never");
              default -> out.append("3");
            }
            if (day == Day.WED) break;
          }
          String text = "two";
          switch (text) {
            case "one" -> out.append("uno");
            case "two" -> out.append("dos");
            default -> {}
          }
          return out.toString();
        }

        @Copy
        String switchExpressions() {
          StringBuilder out = new StringBuilder();
          for (Day day : Day.values()) {
            int score = switch (day) {
              case MON, TUE -> 1;
              case WED -> {
                int doubled = 2 * 2;
                yield doubled;
              }
              default -> day.ordinal() * 10;
            };
            String colon = switch (day.ordinal()) {
              case 0:
                yield "zero";
              case 1:
              case 2:
                trace.append("small;");
                yield "small";
              default:
                yield "big";
            };
            out.append(score).append(colon).append(',');
          }
          return out.toString();
        }

        @Copy
        String switchesOnOtherEnumsAndStrings() {
          StringBuilder out = new StringBuilder();
          for (java.util.concurrent.TimeUnit unit : java.util.concurrent.TimeUnit.values()) {
            switch (unit) {
              case SECONDS:
                out.append("s");
                break;
              case MINUTES:
              case HOURS:
                out.append("long");
                break;
              default:
                out.append(".");
            }
            out.append(switch (unit) {
              case DAYS -> "d";
              default -> "";
            });
          }
          for (String word : List.of("a", "b", "c")) {
            switch (word) {
              case "a":
                out.append(1);
              case "b":
                out.append(2);
                break;
              default:
                out.append(3);
            }
          }
          return out.toString();
        }

        @Copy
        String labeledJumps() {
          StringBuilder out = new StringBuilder();
          outer:
          for (int i = 0; i < 5; i++) {
            inner:
            for (int j = 0; j < 5; j++) {
              if (j == 3) continue outer;
              if (i == 3) break outer;
              if (j == i) continue inner;
              out.append(i).append(j).append(' ');
            }
          }
          int k = 0;
          block:
          {
            while (true) {
              k++;
              if (k > 4) break block;
            }
          }
          found:
          if (k > 0) {
            out.append("k").append(k);
            break found;
          }
          return out.toString();
        }

        @Copy
        String loops() {
          StringBuilder out = new StringBuilder();
          for (int i = 0, j = 10, squares[] = {0, 1, 4}; i < j; i += 3, j--) {
            out.append(i).append(j).append(squares.length);
          }
          int i = 0;
          for (; ; ) {
            if (++i > 3) break;
          }
          for (i = 0; i < 2; i++) out.append('.');
          while (i < 5) i++;
          do {
            i += 10;
          } while (i < 30);
          do i--; while (i > 30);
          for (var s : List.of("x", "y")) out.append(s);
          for (final int v : new int[] {7, 8}) {
            out.append(v);
          }
          if (i > 100) out.append("big");
          else if (i > 20) out.append("mid");
          else out.append("small");
          if (i < 0) {
            out.append("neg");
          }
          ;
          return out.append(i).toString();
        }

        @Copy
        String tryCatchFinally() {
          StringBuilder out = new StringBuilder();
          for (int n = 0; n < 4; n++) {
            try {
              if (n == 1) throw new IOException("io");
              if (n == 2) throw new IllegalStateException("state");
              if (n == 3) Objects.requireNonNull(null, "npe");
              out.append("ok");
            } catch (IOException | IllegalStateException e) {
              out.append("caught ").append(e.getMessage());
            } catch (final RuntimeException e) {
              out.append("runtime ").append(e.getMessage());
            } finally {
              out.append(";");
            }
          }
          try {
            return out.toString();
          } finally {
            trace.append("finally ran;");
          }
        }

        @Copy
        String tryWithResources() throws Exception {
          Resource shared = new Resource("shared");
          try (shared; Resource a = new Resource("a"); var b = new Resource("b")) {
            trace.append("body ").append(a.name).append(b.name).append(';');
          }
          try (Resource c = new Resource("c")) {
            throw new IOException("boom");
          } catch (IOException e) {
            trace.append("caught ").append(e.getMessage()).append(';');
          }
          try (owned) {
            trace.append("using ").append(owned).append(';');
          }
          try (this.owned) {
            trace.append("using this.").append(owned).append(';');
          }
          Reader reader = new StringReader("text");
          try (reader; BufferedReader buffered = new BufferedReader(reader)) {
            return buffered.readLine() + closed;
          }
        }

        @Copy
        String synchronizedAndAssert() {
          int n = 0;
          synchronized (lock) {
            n++;
          }
          synchronized (this) {
            n++;
          }
          assert n == 2 : "n is " + n;
          assert n > 0;
          try {
            assert n < 0 : "failed with " + n;
          } catch (AssertionError e) {
            trace.append(e.getMessage());
          }
          return "n" + n;
        }

        @Copy
        int earlyReturns() {
          int sum = 0;
          for (int i = 0; i < 10; i++) {
            sum += i;
            if (sum > 20) return sum;
          }
          return -1;
        }

        @Copy
        void voidReturn() {
          trace.append("start;");
          if (trace.length() > 0) return;
          trace.append("unreachable;");
        }

        @Copy
        String throwsOut() {
          trace.append("before;");
          throw new UnsupportedOperationException("thrown " + trace);
        }
      }
      """;

  @TestFactory
  Stream<DynamicTest> copiesBehaveLikeOriginals() {
    return Copies.eachCopyBehavesLikeOriginal("Flow", FLOW);
  }
}
