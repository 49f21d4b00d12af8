package dev.resumable.processor.writing;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Copies of every kind of expression, with literals kept exactly as spelled. */
class ExpressionsCopyTest {
  private static final String EXPRESSIONS =
      """
      package sample;

      import java.io.Serializable;
      import java.util.*;
      import java.util.function.*;

      class Expressions {
        int field = 3;
        int[] numbers = {1, 2, 3};

        @Copy
        String trickyLiterals() {
          int hex = 0x1F;
          int octal = 017;
          int binary = 0b1010_1010;
          long big = 1_000_000L;
          float small = 1e-3f;
          double precise = 0x1.8p1;
          double plain = 3.;
          char newline = '\\n';
          char quote = '\\'';
          char unicode = '\\u0041';
          int min = -2147483648;
          long minLong = -9223372036854775808L;
          String dollars = "$ $$ ${x} $T $L $1";
          String escapes = "tab\\tquote\\"backslash\\\\";
          String block = \"""
              Text block with $dollar and "quotes"
                indented line
              trailing \\
              continued
              \""";
          Object nothing = null;
          boolean yes = true;
          return hex + " " + octal + " " + binary + " " + big + " " + small + " " + precise + " "
              + plain + " " + (int) newline + quote + unicode + min + minLong + dollars + escapes
              + block + nothing + yes;
        }

        @Copy
        String operatorsAndPrecedence() {
          int a = 7, b = 3;
          int x = -a;
          int y = - -a;
          int z = -(-a);
          int w = - -1;
          int v = +a + +b;
          int u = a - -b;
          int t = a-- - --b;
          int s = ++a + b++;
          boolean flags = !(a > b) || a >= b && b != 0 ^ false;
          int bits = ~a & 0xF | b << 2 ^ a >> 1 | -16 >>> 28;
          int mixed = (a + b) * (a - b) / 2 % 5;
          String cond = a > b ? "gt" : a == b ? "eq" : "lt";
          Object nested = a > 0 ? (b > 0 ? "both" : "a") : null;
          return x + " " + y + " " + z + " " + w + " " + v + " " + u + " " + t + " " + s + " "
              + flags + " " + bits + " " + mixed + " " + cond + " " + nested + " " + a + b;
        }

        @Copy
        String assignments() {
          int a = 10;
          a += 5;
          a -= 2;
          a *= 3;
          a /= 2;
          a %= 7;
          a <<= 3;
          a >>= 1;
          a >>>= 1;
          a &= 0xFF;
          a |= 0x100;
          a ^= 0x0F;
          String s = "x";
          s += a;
          field += a;
          numbers[0] += 5;
          int b, c;
          b = c = field;
          long widened = a;
          int[] counter = {0};
          counter[0]++;
          ++counter[0];
          return a + s + field + numbers[0] + b + c + widened + counter[0];
        }

        @Copy
        String arrays() {
          int[] a = {1, 2, 3};
          int[][] grid = {{1, 2}, {3}};
          int[] made = new int[4];
          int[][] jagged = new int[2][];
          int[][][] cube = new int[2][3][];
          String[] words = new String[] {"a", "b"};
          int[][] literal = new int[][] {{5}, {6, 7}};
          int c[] = {9};
          jagged[1] = new int[] {4, 5};
          made[a[1]] = grid[1][0];
          Object[] objects = words;
          return Arrays.toString(a) + Arrays.deepToString(grid) + Arrays.toString(made)
              + Arrays.deepToString(jagged) + cube[1].length + cube.length + Arrays.toString(words)
              + Arrays.deepToString(literal) + c[0] + objects.length + numbers.length
              + int[].class.getSimpleName();
        }

        @Copy
        String instanceofAndCasts() {
          Object value = "text";
          Object number = 42;
          StringBuilder out = new StringBuilder();
          if (value instanceof String s && s.length() > 2) out.append(s.toUpperCase());
          if (!(number instanceof Integer i)) {
            out.append("not int");
          } else {
            out.append(i + 1);
          }
          if (value instanceof final CharSequence chars) out.append(chars.length());
          boolean plain = number instanceof Number;
          long widened = (long) (int) number;
          double divided = (double) widened / 8;
          Runnable both = (Runnable & Serializable) () -> out.append("ran");
          both.run();
          List<String> raw = (List<String>) (Object) new ArrayList<String>(List.of("q"));
          return out + " " + plain + widened + divided + (both instanceof Serializable) + raw;
        }

        @Copy
        String classLiteralsAndGenerics() {
          Class<?>[] classes = {String.class, int.class, void.class, String[].class,
              Map.Entry.class, Expressions.class};
          Map<String, List<? extends Number>> map = new TreeMap<>();
          map.put("k", List.of(1, 2.5));
          List<? super Integer> sink = new ArrayList<Object>();
          sink.add(3);
          Map<String, Map<Integer, String>> deep = new HashMap<>(Map.of("a", Map.of(1, "b")));
          StringBuilder names = new StringBuilder();
          for (Class<?> c : classes) names.append(c.getSimpleName()).append(',');
          return names + "" + map + sink + deep;
        }

        @Copy
        String lambdasAndSwitchExpressionsInside() {
          Function<Integer, Function<Integer, Integer>> curried = a -> b -> a * b + field;
          Comparator<String> byLength = Comparator.comparing(String::length);
          List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
          words.sort(byLength.thenComparing(Comparator.reverseOrder()));
          IntFunction<String> describe = n -> switch (n % 3) {
            case 0 -> "fizz";
            case 1 -> {
              String one = "one";
              yield one + n;
            }
            default -> String.valueOf(n);
          };
          Supplier<Supplier<String>> nested = () -> () -> "deep";
          return curried.apply(2).apply(5) + " " + words + describe.apply(3) + describe.apply(4)
              + describe.apply(5) + nested.get().get();
        }
      }
      """;

  @TestFactory
  Stream<DynamicTest> copiesBehaveLikeOriginals() {
    return Copies.eachCopyBehavesLikeOriginal("Expressions", EXPRESSIONS);
  }
}
