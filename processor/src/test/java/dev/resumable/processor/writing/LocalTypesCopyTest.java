package dev.resumable.processor.writing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Copies of anonymous and local classes, which travel with the code and keep their scoping. */
class LocalTypesCopyTest {
  private static final String COUNTER =
      """
      package sample;

      abstract class Counter {
        int count;
        Counter(int start) { count = start; }
        abstract int step();
        int advance() { count += step(); return count; }
        String label() { return "counter"; }
      }
      """;

  private static final String LOCALS =
      """
      package sample;

      import java.util.*;
      import java.util.function.*;

      class Locals {
        int outerField = 100;
        String name = "locals";

        int outerMethod() { return outerField + 1; }

        interface Shape {
          double area();
          default String describe() { return "shape " + area(); }
        }

        @Copy
        String anonymousClasses() {
          int captured = 5;
          Counter counter = new Counter(captured) {
            int extra = 2;
            { extra++; }
            @Override
            int step() { return extra + captured + outerField; }
            @Override
            String label() { return "anon " + super.label() + " " + this.count + " " + count; }
          };
          counter.advance();
          Shape square = new Shape() {
            public double area() { return 4; }
            public String describe() { return Shape.super.describe() + "!" + name + outerMethod(); }
          };
          Comparator<String> reversed = new Comparator<>() {
            @Override
            public int compare(String a, String b) { return b.compareTo(a); }
          };
          List<String> list = new ArrayList<>(List.of("a", "c", "b"));
          list.sort(reversed);
          Object withMembers = new Object() {
            int hidden = outerField;
            @Override
            public String toString() { return "hidden=" + hidden + " " + hashCodeOf(this); }
            String hashCodeOf(Object o) { return o == this ? "self" : "other"; }
          };
          Object withStatics = new Object() {
            static int created = 1;
            static int twice(int x) { return 2 * x; }
            @Override
            public String toString() {
              return "statics " + twice(created) + " " + Thread.MIN_PRIORITY;
            }
          };
          Thread thread = new Thread() {
            @Override
            public String toString() {
              return "thread " + (currentThread() != null) + MAX_PRIORITY;
            }
          };
          return counter.advance() + counter.label() + square.describe() + list + withMembers
              + withStatics + thread;
        }

        @Copy
        String localClasses() {
          int base = 7;
          class Accumulator {
            private int total = base;
            final List<Integer> seen = new ArrayList<>();
            Accumulator() { this(0); }
            Accumulator(int start) { total += start; }
            Accumulator add(int... values) {
              for (int v : values) { total += v; seen.add(v); }
              return this;
            }
            int totalPlusOuter() { return total + outerField + Locals.this.outerField; }
            class Step {
              int at() { return total + seen.size(); }
            }
            static class Constants {
              static final int ANSWER = 42;
            }
          }
          class Named<T extends Comparable<T>> {
            final T value;
            Named(T value) { this.value = value; }
            boolean greater(Named<T> other) { return value.compareTo(other.value) > 0; }
          }
          class Child extends Accumulator {
            Child() { super(1000); }
            @Override Accumulator add(int... values) { return super.add(values.length); }
          }
          Accumulator acc = new Accumulator().add(1, 2).add();
          Accumulator.Step step = acc.new Step();
          Named<String> a = new Named<>("b");
          Accumulator child = new Child().add(5, 5, 5);
          return acc.totalPlusOuter() + " " + acc.seen + " " + step.at() + " "
              + a.greater(new Named<>("a")) + " " + child.total + Accumulator.Constants.ANSWER;
        }

        @Copy
        String localRecordsEnumsInterfaces() {
          record Point(int x, int y) {
            static final Point ORIGIN = new Point(0, 0);
            Point {
              if (x < 0) throw new IllegalArgumentException("negative");
            }
            Point(int both) { this(both, both); }
            int sum() { return x + y; }
            static Point twice(Point p) { return new Point(p.x() * 2, p.y * 2); }
          }
          record Range(int low, int high) {
            Range(int low, int high) {
              this.low = Math.min(low, high);
              this.high = Math.max(low, high);
            }
          }
          record Labels(String... names) {
            static final List<String> CREATED = new ArrayList<>();
            static {
              CREATED.add("static init");
            }
          }
          interface Named {
            String name();
          }
          enum Level implements Named {
            LOW(1), HIGH(10) {
              @Override String tag() { return "high!"; }
            };
            final int weight;
            Level(int weight) { this.weight = weight; }
            String tag() { return name().toLowerCase(); }
          }
          interface Doubler extends java.util.function.IntUnaryOperator {
            @Override
            default int applyAsInt(int x) { return doubled(x); }
            int doubled(int x);
            default int quadrupled(int x) { return doubled(doubled(x)); }
          }
          Doubler doubler = x -> 2 * x;
          Point p = Point.twice(new Point(3));
          String failed;
          try {
            new Point(-1, 0);
            failed = "no";
          } catch (IllegalArgumentException e) {
            failed = e.getMessage();
          }
          StringBuilder levels = new StringBuilder();
          for (Level level : Level.values()) {
            switch (level) {
              case LOW -> levels.append("low").append(level.weight);
              case HIGH -> levels.append(level.tag()).append(level.weight);
            }
          }
          return p + " " + p.sum() + " " + Point.ORIGIN + " " + failed + " " + new Range(5, 2)
              + " " + new Labels("a", "b").names().length + Labels.CREATED + " " + levels
              + doubler.quadrupled(3) + doubler.applyAsInt(1) + ((Named) Level.LOW).name();
        }

        @Copy
        <String> java.lang.String localNamesShadowImportedOnes(String generic) {
          Map<java.lang.String, Integer> before = Map.of("a", 1);
          class Map {
            java.lang.String get() { return "local map"; }
          }
          class Integer {
            final int value = 7;
          }
          java.util.Map<java.lang.String, java.lang.Integer> after = java.util.Map.of("b", 2);
          return before + new Map().get() + after + new Integer().value + generic;
        }

        @Copy
        String classesInsideLambdas() {
          Function<Integer, String> makeLocal = n -> {
            class Repeater {
              String repeat(String s) { return s.repeat(n) + outerField; }
            }
            return new Repeater().repeat("ab");
          };
          Supplier<Supplier<String>> makeAnonymous = () -> new Supplier<>() {
            int calls;
            public String get() { return name + (++calls) + outerMethod(); }
          };
          Supplier<String> anonymous = makeAnonymous.get();
          anonymous.get();
          return makeLocal.apply(2) + anonymous.get();
        }

        @Copy
        String returnsInsideLambdasAndLocalClasses() {
          Function<Integer, String> classify = n -> {
            if (n > 0) return "positive";
            return "other";
          };
          class Finder {
            int indexOf(List<String> items, String wanted) {
              for (int i = 0; i < items.size(); i++) {
                if (items.get(i).equals(wanted)) return i;
              }
              return -1;
            }
          }
          Runnable early = new Runnable() {
            public void run() {
              if (outerField > 0) return;
              outerField = -1;
            }
          };
          early.run();
          int found = new Finder().indexOf(List.of("x", "y"), "y");
          if (found < 0) return "missing";
          return classify.apply(found) + classify.apply(-found) + found;
        }
      }
      """;

  @Test
  void localNamesShadowingImportedOnesAreQualified() {
    for (SourcePrinter.Rewrites rewrites : List.of(new KeepingRewrites(), new RenamingRewrites())) {
      ClassLoader loaded =
          Copies.compileAndLoad(new CopyProcessor(() -> rewrites), COUNTER, LOCALS);
      Copies.assertSameBehaviour(loaded, "Locals", "localNamesShadowImportedOnes", "generic");
    }
  }

  @TestFactory
  Stream<DynamicTest> copiesBehaveLikeOriginals() {
    return Copies.eachCopyBehavesLikeOriginal("Locals", COUNTER, LOCALS);
  }
}
