package dev.resumable.processor.writing;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Copies that reach fields, methods and types of the workflow class and of other classes. */
class MembersCopyTest {
  private static final String HELPERS =
      """
      package sample;

      public class Helpers {
        public static final int LIMIT = 10;
        public static int twice(int x) { return 2 * x; }
      }
      """;

  private static final String BASE =
      """
      package sample;

      class Base {
        int baseField = 5;
        int baseMethod() { return baseField * 2; }
        static String baseStatic() { return "bs"; }
      }
      """;

  private static final String GREETER =
      """
      package sample;

      interface Greeter {
        String MARK = "!";
        default String greet(String who) { return "hi " + who + MARK; }
      }
      """;

  private static final String MEMBERS =
      """
      package sample;

      import static java.lang.Math.max;
      import static java.util.Collections.nCopies;
      import static sample.Helpers.LIMIT;
      import static sample.Helpers.twice;

      import java.util.*;
      import java.util.function.*;

      class Members extends Base implements Greeter {
        int count;
        String name = "m";
        static int instances;
        static final String PREFIX = "p$1";
        List<String> log = new ArrayList<>();

        static class Nested {
          int v = 3;
          static int twice(int x) { return 2 * x; }
        }

        class Inner {
          int read() { return count; }
        }

        class Box<T> {
          T value;
          Box(T value) { this.value = value; }
        }

        static class Pair {
          final String text;
          <T> Pair(T first, T second) { text = first + "&" + second; }
        }

        enum Color {
          RED, GREEN;
          Color next() { return values()[(ordinal() + 1) % values().length]; }
        }

        int bump(int by) { count += by; return count; }
        static int square(int x) { return x * x; }
        <T> List<T> listOf(T a, T b) { return List.of(a, b); }
        static <T> T first(List<T> list) { return list.get(0); }
        String joinAll(String separator, Object... parts) {
          StringBuilder out = new StringBuilder();
          for (Object part : parts) out.append(part).append(separator);
          return out.toString();
        }
        String describe(Members m) { return m == this ? "same" : "other"; }
        static Members identity(Members m) { return m; }

        @Copy
        String fieldsAndMethods() {
          count = 1;
          this.count++;
          bump(2);
          this.bump(3);
          name = name + count;
          instances = 0;
          instances++;
          Members.instances += 10;
          log.add("x");
          this.log.add("y");
          return name + ":" + count + ":" + instances + ":" + square(count) + ":"
              + Members.square(2) + PREFIX + Members.PREFIX + log;
        }

        @Copy
        String inheritedMembers() {
          baseField++;
          this.baseField += 2;
          return baseMethod() + baseStatic() + Base.baseStatic() + greet("x") + this.greet("y")
              + MARK + Greeter.MARK;
        }

        @Copy
        String staticImports() {
          return max(3, 4) + ":" + nCopies(2, "a") + twice(2) + LIMIT + Helpers.twice(LIMIT);
        }

        @Copy
        String nestedAndInnerTypes() {
          Nested n = new Nested();
          Members.Nested n2 = new Members.Nested();
          count = 4;
          Inner i = new Inner();
          Inner j = this.new Inner();
          Members other = new Members();
          other.count = 7;
          Members.Inner k = other.new Inner();
          Box<String> box = new Box<>("boxed");
          Box<Integer> typed = new Box<Integer>(5);
          Map.Entry<String, Integer> e = Map.entry("k", 1);
          java.util.Map.Entry<String, Integer> qualified = e;
          Color c = Color.RED.next();
          return n.v + n2.v + Nested.twice(2) + ":" + i.read() + j.read() + k.read() + box.value
              + typed.value + e + qualified.getKey() + c + Color.GREEN.ordinal();
        }

        @Copy
        String genericsAndVarargs() {
          List<String> l = this.<String>listOf("a", "b");
          List<Integer> inferred = listOf(1, 2);
          String f = Members.<String>first(l);
          Integer g = first(inferred);
          Pair pair = new <Integer>Pair(1, 2);
          final var fixed = "fixed";
          @SuppressWarnings("unused") int annotated = 0;
          BiFunction<Integer, Integer, Integer> finalParameters =
              (final Integer a, final Integer b) -> a + b;
          return l + f + g + pair.text + fixed + finalParameters.apply(1, 2)
              + joinAll("-", 1, "two", 3.0) + joinAll("+")
              + joinAll(",", (Object[]) new String[] {"x", "y"});
        }

        @Copy
        String thisAsArgument() {
          Members other = new Members();
          Supplier<Members> me = () -> this;
          return describe(this) + describe(other) + identity(this).name + describe(me.get())
              + (Members.this == this) + Members.this.name;
        }

        @Copy
        String innerClassesInLambdasAndAnonymousSubclasses() {
          count = 9;
          Supplier<Inner> fromLambda = () -> new Inner();
          Inner subclass = new Inner() {
            @Override
            int read() { return super.read() * 2; }
          };
          @SuppressWarnings({"unchecked", "rawtypes"})
          List<String> raw = (List) new ArrayList(List.of("r"));
          Function<Integer, Integer> chosen = count > 5 ? x -> x + 1 : x -> x - 1;
          Object list = List.of("a");
          String kind = list instanceof List<?> l && !l.isEmpty() ? "list" : "other";
          Runnable cast = (Runnable) () -> count++;
          cast.run();
          return fromLambda.get().read() + " " + subclass.read() + raw + chosen.apply(1) + kind
              + java.util.Collections.<String>emptyList() + count;
        }

        @Copy
        String methodReferences() {
          Function<Integer, Integer> square = Members::square;
          IntUnaryOperator bump = this::bump;
          BiFunction<String, Object[], String> join = this::joinAll;
          Supplier<Nested> nested = Nested::new;
          Function<String, Box<String>> boxes = v -> new Box<>(v);
          Supplier<List<String>> lists = ArrayList<String>::new;
          IntFunction<String[]> arrays = String[]::new;
          Function<Object, String> str = String::valueOf;
          return square.apply(3) + ":" + bump.applyAsInt(2) + join.apply("/", new Object[] {1, 2})
              + nested.get().v + boxes.apply("b").value + lists.get() + arrays.apply(2).length
              + str.apply(count);
        }

        @Copy
        String lambdasCaptureFieldsAndLocals() {
          int base = 10;
          String suffix = "s";
          Function<Integer, String> f = x -> x + base + count + suffix;
          BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b + count;
          BinaryOperator<Integer> explicit = (Integer a, Integer b) -> a * b;
          BinaryOperator<Integer> withVar = (var a, var b) -> a - b;
          Supplier<String> block = () -> {
            count++;
            return name + count;
          };
          Runnable noop = () -> {};
          noop.run();
          return f.apply(1) + add.apply(2, 3) + explicit.apply(4, 5) + withVar.apply(9, 1)
              + block.get() + block.get();
        }
      }
      """;

  @TestFactory
  Stream<DynamicTest> copiesBehaveLikeOriginals() {
    return Copies.eachCopyBehavesLikeOriginal("Members", HELPERS, BASE, GREETER, MEMBERS);
  }
}
