package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each diagnostic of the catalog, on the exact line it concerns. */
class DiagnosticsTest {

  private static void assertError(String body, String tag, String onLine) {
    Sources.assertError(body, tag, onLine);
  }

  @Test
  void suspendInLambda() {
    assertError("""
          @Resumable void run(List<String> names) {
            names.forEach(n -> Await.event(n, String.class));
          }
        """, "SuspendInLambda", "names.forEach");
  }

  @Test
  void suspendInMethodReference() {
    assertError("""
          @Resumable void run(List<Integer> xs) {
            xs.forEach(this::step);
          }
          @Resumable void step(int x) { Await.event("e", String.class); }
        """, "SuspendInLambda", "this::step");
  }

  @Test
  void suspendInAnonymousClass() {
    assertError("""
          @Resumable void run() {
            Runnable r = new Runnable() {
              public void run() { Await.event("inner", String.class); }
            };
          }
        """, "SuspendInClass", "Await.event(\"inner\"");
  }

  @Test
  void suspendInNestedCompoundAssignment() {
    assertError("""
          @Resumable int run(int total) {
            int seen = (total += Await.event("nested", Integer.class)) * 2;
            return seen;
          }
        """, "UnsupportedPosition", "nested");
  }

  @Test
  void suspendInSynchronizedBlock() {
    assertError("""
          @Resumable void run() {
            synchronized (this) {
              Await.event("locked", String.class);
            }
          }
        """, "SuspendInSynchronized", "locked");
  }

  @Test
  void suspendInTryWithResources() {
    assertError("""
          @Resumable void run() throws Exception {
            try (java.io.StringReader reader = new java.io.StringReader("x")) {
              Await.event("open", String.class);
            }
          }
        """, "ResourceAcrossWait", "open");
  }

  @Test
  void patternVariableAcrossWait() {
    assertError("""
          @Resumable int run(Object o) {
            if (o instanceof String s) {
              Await.event("e", String.class);
              return s.length();
            }
            return 0;
          }
        """, "PatternAcrossWait", "instanceof String s");
  }

  @Test
  void eventTypeMustBeAClassLiteral() {
    assertError("""
          @Resumable String run(Class<?> type) {
            Object o = Await.event("any", type);
            return "x";
          }
        """, "EventTypeNotLiteral", "Await.event(\"any\"");
  }

  @Test
  void iteratorLiveAcrossWait() {
    assertError("""
          @Resumable void run(Iterable<String> names) {
            for (String n : names) {
              Await.event(n, String.class);
            }
          }
        """, "IteratorAcrossWait", "for (String n : names)");
  }

  @Test
  void walkedCollectionThatCannotBeStored() {
    assertError("""
          @Resumable void run(java.util.concurrent.CopyOnWriteArrayList<String> names) {
            for (String n : names) {
              Await.event(n, String.class);
            }
          }
        """, "NotPersistable", "for (String n : names)");
  }

  @Test
  void collectionOfAnotherKindIsNamedACollection() {
    JavaFileObject flow = Sources.flow("""
          @Resumable int run() {
            PriorityQueue<Integer> queue = new PriorityQueue<>();
            Await.event("e", String.class);
            return queue.size();
          }
        """);
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).hadErrorContaining("java.util.PriorityQueue is a collection the"
        + " engine cannot restore as it was; declare it as one of ArrayDeque, ArrayList,")
        .inFile(flow).onLineContaining("PriorityQueue<Integer> queue");
  }

  @Test
  void suspendInCompoundAssignmentInALambda() {
    assertError("""
          @Resumable void run(List<Integer> xs) {
            int[] total = {0};
            xs.forEach(x -> total[0] += Await.event("add", Integer.class));
          }
        """, "SuspendInLambda", "xs.forEach");
  }

  @Test
  void synchronizedMethod() {
    assertError("""
          @Resumable synchronized String run() {
            return Await.event("e", String.class);
          }
        """, "SuspendInSynchronized", "synchronized String run()");
  }

  @Test
  void unstorableLocalLiveAcrossWait() {
    assertError("""
          @Resumable String run() {
            Thread worker = Thread.currentThread();
            String s = Await.event("e", String.class);
            return s + worker.getName();
          }
        """, "NotPersistable", "Thread worker");
  }

  @Test
  void typeVariableOfAMethodThatCanBeStarted() {
    assertError("""
          @Resumable public <T> int hold(T v) {
            Await.event("e", String.class);
            return v.hashCode();
          }
        """, "UnknownTypeVariable", "<T> int hold");
  }

  @Test
  void typeVariableOfACallerThatCanBeStarted() {
    JavaFileObject flow = Sources.flow("""
          @Resumable public <T> int outer(T v) {
            return echo(v).hashCode();
          }
          @Resumable <T> T echo(T v) {
            Await.event("e", String.class);
            return v;
          }
        """);
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Resumable.UnknownTypeVariable] echo(v) binds"
        + " type variable T of echo to T, but nothing states what outer's type variables are")
        .inFile(flow).onLineContaining("return echo(v)");
  }

  @Test
  void unstorableResult() {
    assertError("""
          @Resumable Thread run() {
            Await.event("e", String.class);
            return null;
          }
        """, "ResultNotPersistable", "Thread run()");
  }

  @Test
  void abstractMethod() {
    JavaFileObject flow = Sources.file("test.Flow",
        "package test;",
        "import dev.resumable.Resumable;",
        "public abstract class Flow {",
        "  @Resumable abstract void run();",
        "}");
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.AbstractMethod]")
        .inFile(flow).onLineContaining("abstract void run()");
  }

  @Test
  void nativeMethod() {
    assertError("""
          @Resumable native void run();
        """, "NativeMethod", "native void run()");
  }

  @Test
  void privateMemberUsedInBody() {
    assertError("""
          private int secret = 4;
          @Resumable int run() {
            Await.event("e", String.class);
            return secret;
          }
        """, "PrivateMember", "return secret");
  }

  @Test
  void superReference() {
    assertError("""
          @Resumable String run() {
            Await.event("e", String.class);
            return super.toString();
          }
        """, "SuperReference", "super.toString()");
  }

  @Test
  void localClassThatCapturesALocal() {
    assertError("""
          @Resumable String run(int start) {
            class Adder { int add(int x) { return x + start; } }
            Await.event("e", String.class);
            return "" + new Adder().add(1);
          }
        """, "LocalType", "class Adder");
  }

  @Test
  void twoLocalTypesOfOneName() {
    assertError("""
          @Resumable String run(boolean which) {
            if (which) {
              record Pair(int a) {}
              return "" + new Pair(1);
            }
            record Pair(String b) {}
            return Await.event("e", String.class) + new Pair("x");
          }
        """, "LocalType", "record Pair(String b)");
  }

  @Test
  void localOfALocalTypeLiveAcrossAWait() {
    assertError("""
          @Resumable String run() {
            record Pair(int a, int b) {}
            Pair kept = new Pair(1, 2);
            Await.event("e", String.class);
            return kept.toString();
          }
        """, "NotPersistable", "Pair kept");
  }

  @Test
  void localOfAnAnonymousType() {
    assertError("""
          @Resumable int run() {
            var counter = new Object() { int hits; };
            Await.event("e", String.class);
            return 1;
          }
        """, "NonDenotableLocal", "var counter");
  }

  @Test
  void recordWithCompactConstructorInTheWorkflowClass() {
    assertError("""
          record Checked(int x) {
            Checked {
              if (x < 0) throw new IllegalArgumentException();
            }
          }
          @Resumable int run() {
            return new Checked(Await.event("e", Integer.class)).x();
          }
        """, "RecordConstructor", "Checked {");
  }

  @Test
  void localRecordWithCanonicalConstructorElsewhereInTheClass() {
    assertError("""
          void helper() {
            record Local(int a) {
              Local(int a) { this.a = a; }
            }
          }
          @Resumable int run() {
            return Await.event("e", Integer.class);
          }
        """, "RecordConstructor", "Local(int a) { this.a");
  }

  /**
   * Pins the javac behaviour the check above exists for: a record with a declared canonical
   * constructor fails in the round after its class was attributed in place. If a JDK fixes this,
   * this test fails, and the restriction can go.
   */
  @Test
  void javacRejectsDeclaredCanonicalConstructorsAfterInPlaceAttribution() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new InPlaceAttributionProbe())
        .compile(Sources.flow("""
              record Checked(int x) {
                Checked {
                  if (x < 0) throw new IllegalArgumentException();
                }
              }
              int use() { return new Checked(1).x(); }
            """));
    assertThat(compilation).hadErrorContaining("invalid canonical constructor in record Checked");
  }

  @Test
  void recordsWithoutDeclaredCanonicalConstructorsAreFine() {
    Compilation compilation = Sources.compile(Sources.flow("""
          record Plain(int x) {}
          record Extra(int x) {
            Extra() { this(1); }
          }
          @Resumable int run() {
            int y = Await.event("e", Integer.class);
            return new Plain(y).x() + new Extra().x();
          }
        """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void memberOfTheEnclosingInstanceCannotBeCopied() {
    assertError("""
          int outerCount;
          class Inner {
            @Resumable int run() {
              Await.event("e", String.class);
              return outerCount;
            }
          }
        """, "Unprintable", "return outerCount");
  }

  @Test
  void suspendInAssert() {
    assertError("""
          @Resumable void run() {
            assert Await.event("check", Boolean.class);
          }
        """, "UnsupportedStatement", "assert Await");
  }

  @Test
  void allOfNeedsItsWaitsWrittenInPlace() {
    assertError("""
          @Resumable void run(dev.resumable.Wait computed) {
            Await.all(dev.resumable.Wait.event("a", String.class), computed);
          }
        """, "AllWaitsInPlace", "Await.all(");
  }

  @Test
  void branchOfSomethingOtherThanAResumableCall() {
    assertError("""
          @Resumable void run(String order) {
            dev.resumable.Branch<String> b = Await.branch(order.trim());
            Await.join(b);
          }
        """, "BranchNeedsCall", "Await.branch(order.trim())");
  }

  @Test
  void payloadClassWithFieldsThatNoCodecStores() {
    JavaFileObject flow = Sources.flow("""
          static class Form { String name; }
          @Resumable void run() {
            Await.event("form", Form.class);
          }
        """);
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.PayloadNotPersistable] an event's"
        + " payload type must be one the engine can store, since an event that arrives before its"
        + " wait is kept in the instance's inbox, but test.Flow.Form cannot be stored (test.Flow.Form"
        + " is not a record, enum, String, number, java.time type, collection or protobuf message;"
        + " make it a record, or name a codec for it with @StoredWith on the class or its"
        + " package, e.g. @StoredWith(JacksonCodec.class) of the module resumable-codec-jackson,"
        + " which stores its fields as JSON)").inFile(flow).onLineContaining("Form.class");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void payloadOfAWaitOfFirstOf() {
    assertError("""
          static class Form { String name; }
          @Resumable void run() {
            Await.first(dev.resumable.Wait.event("form", Form.class),
                dev.resumable.Wait.timeout(java.time.Duration.ZERO));
          }
        """, "PayloadNotPersistable", "Wait.event(\"form\", Form.class)");
  }

  @Test
  void rawPayloadType() {
    assertError("""
          @Resumable void run() {
            Await.event("items", List.class);
          }
        """, "PayloadNotPersistable", "List.class");
  }

  @Test
  void aPayloadClassThatNamesItsCodecIsStorable() {
    Compilation compilation = Sources.compile(Sources.flow("""
          @dev.resumable.codec.StoredWith(Codec.class)
          public static class Form { public String name; }
          public static class Codec implements dev.resumable.codec.ObjectCodec {
            @Override public byte[] encode(Object value, Class<?> type) { return new byte[0]; }
            @Override public <T> T decode(byte[] data, Class<T> type) { return null; }
          }
          @Resumable Form run() {
            Form form = Await.event("form", Form.class);
            Await.event("more", String.class);
            return form;
          }
        """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aBranchArgumentThatTheBranchKeepsAcrossAWaitMustBeStorable() {
    assertError("""
          static class Form { String name; }
          @Resumable void run(Form form) {
            Await.join(Await.branch(() -> file(form)));
          }
          @Resumable void file(Form form) {
            Await.event("filed", String.class);
            form.name = "filed";
          }
        """, "NotPersistable", "void file(Form form)");
  }

  @Test
  void computedEventName() {
    Compilation compilation = Sources.compile(Sources.flow("""
          @Resumable String run(String role) {
            return Await.event("approved-by-" + role, String.class);
          }
        """));
    assertThat(compilation).hadErrorContaining("[Resumable.ComputedEventName] the event name"
        + " \"approved-by-\" + role is computed at run time, so the build cannot know every"
        + " event this workflow waits for, and the engine cannot refuse an event by a name it"
        + " never waits for (a typo would sit in the inbox forever); use a literal or a"
        + " constant, or say that this method computes names with"
        + " @Resumable(computedEventNames = true)");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void computedEventNameOfAWaitOfFirstOf() {
    assertError("""
          @Resumable void run(String name) {
            Await.first(dev.resumable.Wait.event(name, String.class),
                dev.resumable.Wait.timeout(java.time.Duration.ZERO));
          }
        """, "ComputedEventName", "Wait.event(name, String.class)");
  }

  @Test
  void aMethodThatSaysItComputesNamesMayComputeThem() {
    Compilation compilation = Sources.compile(Sources.flow("""
          @Resumable(computedEventNames = true) String run(String role) {
            dev.resumable.Wait[] waits = {dev.resumable.Wait.event(role, String.class)};
            Await.first(waits);
            return Await.event("approved-by-" + role, String.class);
          }
        """));
    assertThat(compilation).succeeded();
  }

  @Test
  void constantEventNamesAreKnown() {
    Compilation compilation = Sources.compile(Sources.flow("""
          static final String PAID = "pa" + "id";
          @Resumable String run() {
            return Await.event(PAID, String.class) + Await.event(Flow.PAID, String.class);
          }
        """));
    assertThat(compilation).succeeded();
  }

  @Test
  void aWaitOfFirstOfNotWrittenInTheCall() {
    assertError("""
          @Resumable void run() {
            dev.resumable.Wait paid = dev.resumable.Wait.event("paid", String.class);
            Await.first(paid, dev.resumable.Wait.timeout(java.time.Duration.ZERO));
          }
        """, "FirstWaitsInPlace", "Await.first(paid");
  }

  @Test
  void branchLambdaOfAPlainCall() {
    assertError("""
          @Resumable void run(String order) {
            dev.resumable.Branch<Void> b = Await.branch(() -> order.trim());
            Await.join(b);
          }
        """, "BranchNeedsCall", "Await.branch(() -> order.trim())");
  }

  @Test
  void valueBranchInALambda() {
    assertError("""
          @Resumable void run(String order) {
            Await.join(Await.branch(() -> ship(order)));
          }
          @Resumable String ship(String order) { return Await.event("shipped", String.class); }
        """, "ValueBranchInLambda", "Await.branch(() -> ship(order))");
  }

  @Test
  void voidBranchLambdaWithABlockBody() {
    assertError("""
          @Resumable void run(String order) {
            Await.join(Await.branch(() -> { notify(order); }));
          }
          @Resumable void notify(String order) { Await.event("read", String.class); }
        """, "BranchNeedsCall", "Await.branch(() -> {");
  }

  @Test
  void branchWhoseArgumentsWait() {
    assertError("""
          @Resumable void run() {
            Await.branch(ship(Await.event("order", String.class)));
          }
          @Resumable String ship(String order) { return Await.event("shipped", String.class); }
        """, "BranchArgumentWaits", "Await.branch(ship(");
  }

  @Test
  void branchInLambda() {
    assertError("""
          @Resumable void run(List<String> orders) {
            orders.forEach(o -> Await.branch(ship(o)));
          }
          @Resumable String ship(String order) { return Await.event("shipped", String.class); }
        """, "BranchInLambda", "orders.forEach");
  }

  @Test
  void oneBadMethodDoesNotHideAnother() {
    JavaFileObject flow = Sources.flow("""
          @Resumable void first(List<String> names) {
            names.forEach(n -> Await.event(n, String.class));
          }
          @Resumable void second() {
            Thread t = Thread.currentThread();
            Await.event("e", String.class);
            t.getName();
          }
          @Resumable String fine() {
            return Await.event("e", String.class);
          }
        """);
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.SuspendInLambda]")
        .inFile(flow).onLineContaining("names.forEach");
    assertThat(compilation).hadErrorContaining("[Resumable.NotPersistable]")
        .inFile(flow).onLineContaining("Thread t");
    // Exactly these two: the good method compiled cleanly, and nothing cascaded from the bad ones.
    assertEquals(2, compilation.errors().size(), compilation.errors().toString());
  }
}
