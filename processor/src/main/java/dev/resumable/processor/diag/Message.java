package dev.resumable.processor.diag;

/**
 * Every message the processor shows users. Each states the problem, then the fix, and carries a
 * tag that tests and users can search for.
 */
public enum Message {
  ABSTRACT_METHOD("AbstractMethod",
      "@Resumable method %s has no body; put @Resumable on a method with a body"),
  NATIVE_METHOD("NativeMethod",
      "@Resumable method %s is native; only Java method bodies can become state machines"),
  UNSUPPORTED_OWNER("UnsupportedOwner",
      "@Resumable method %s is declared in %s; declare it in a top-level or static nested class"),
  SUSPEND_IN_LAMBDA("SuspendInLambda",
      "a suspending call cannot stand inside a lambda or method reference; call it in the method"
          + " body and pass the result"),
  SUSPEND_IN_CLASS("SuspendInClass",
      "a suspending call cannot stand inside an anonymous or local class; call it in the"
          + " @Resumable method body and pass the result"),
  SUSPEND_IN_SYNCHRONIZED("SuspendInSynchronized",
      "a suspending call cannot stand inside a synchronized block: the lock cannot be held while"
          + " the workflow waits, perhaps in another JVM; wait outside the block"),
  SYNCHRONIZED_METHOD("SuspendInSynchronized",
      "@Resumable method %s is synchronized, but its lock cannot be held while the workflow"
          + " waits, perhaps in another JVM; remove `synchronized` and lock, in a synchronized"
          + " block, only code between waits"),
  RESOURCE_ACROSS_WAIT("ResourceAcrossWait",
      "a suspending call cannot stand inside try-with-resources: the resource would stay open"
          + " across the wait, and it cannot be stored; close it before the wait, or open it"
          + " again after"),
  PATTERN_ACROSS_WAIT("PatternAcrossWait",
      "the pattern `%s` cannot be used where a wait takes its statement apart: its variable"
          + " would not reach the code after the wait; test with instanceof and declare the"
          + " variable with a cast, e.g. `if (o instanceof Order) { Order order = (Order) o; ...}`"),
  UNSUPPORTED_STATEMENT("UnsupportedStatement",
      "a suspending call inside %s is not supported yet; move the wait out of it"),
  UNSUPPORTED_POSITION("UnsupportedPosition",
      "a suspending call cannot stand inside a compound assignment that is part of a larger"
          + " expression; assign its result to a local first, e.g."
          + " `var x = %s;`, and use the local"),
  EVENT_TYPE_NOT_LITERAL("EventTypeNotLiteral",
      "the payload type of Await.event must be a class literal such as Payment.class, so that the"
          + " waiting code knows the type at compile time"),
  PAYLOAD_NOT_PERSISTABLE("PayloadNotPersistable",
      "an event's payload type must be one the engine can store, since an event that arrives"
          + " before its wait is kept in the instance's inbox, but %s cannot be stored (%s)"),
  COMPUTED_EVENT_NAME("ComputedEventName",
      "the event name %s is computed at run time, so the build cannot know every event this"
          + " workflow waits for, and the engine cannot refuse an event by a name it never waits"
          + " for (a typo would sit in the inbox forever); use a literal or a constant, or say"
          + " that this method computes names with @Resumable(computedEventNames = true)"),
  FIRST_WAITS_IN_PLACE("FirstWaitsInPlace",
      "%s is not a wait written in the call, so the build cannot see the event it waits for;"
          + " write each wait of Await.first in the call, as Wait.event(\"name\","
          + " Payment.class), Wait.timeout(duration) or Wait.until(moment), or say that this"
          + " method computes event names with @Resumable(computedEventNames = true)"),
  ALL_WAITS_IN_PLACE("AllWaitsInPlace",
      "each wait of Await.all must be written in the call, as Wait.event(name, Payment.class),"
          + " Wait.timeout(duration) or Wait.until(moment), so that the payload types are known at"
          + " compile time"),
  BRANCH_NEEDS_CALL("BranchNeedsCall",
      "Await.branch takes a call of a @Resumable method written in place, e.g."
          + " `Await.branch(reserveStock(order))`, or for a void method a lambda that is just"
          + " the call, `Await.branch(() -> notify(order))`, so that the call runs as a branch;"
          + " %s is not one"),
  VOID_BRANCH_NEEDS_LAMBDA("VoidBranchNeedsLambda",
      "%s returns nothing, and Java cannot pass a void call as an argument; write it as a"
          + " lambda, `Await.branch(() -> call(...))`, which gives a Branch<Void>"),
  VALUE_BRANCH_IN_LAMBDA("ValueBranchInLambda",
      "%s returns a value, which a lambda passed to Await.branch would drop; write the call"
          + " itself, `Await.branch(call(...))`, which gives a Branch of its result"),
  BRANCH_ARGUMENT_WAITS("BranchArgumentWaits",
      "an argument of a branch's call cannot wait: the branch starts without suspending this"
          + " method; wait first, keep the value in a local, and pass the local"),
  BRANCH_IN_LAMBDA("BranchInLambda",
      "Await.branch cannot stand inside a lambda, method reference or class body, which may run"
          + " after this step; start the branch in the method body"),
  ITERATOR_ACROSS_WAIT("IteratorAcrossWait",
      "a for-each loop over a %s would keep its Iterator live across the wait, and an Iterator"
          + " cannot be stored; iterate over a collection or an array, e.g. `for (var x :"
          + " List.copyOf(items))`"),
  ITERATED_NOT_PERSISTABLE("NotPersistable",
      "a for-each loop that waits stores what it walks, to find its place after a restart, but"
          + " %s cannot be stored (%s); walk a copy of a storable type, e.g. `for (var x :"
          + " List.copyOf(items))`"),
  NOT_PERSISTABLE("NotPersistable",
      "local '%s' is live across the wait at line %d, but its type %s cannot be stored (%s); use"
          + " a persistable type (record, enum, String, number, java.time, collection, protobuf"
          + " message), or finish using it before the wait"),
  TYPE_VARIABLE_UNSTATED("UnknownTypeVariable",
      "local '%s' is live across the wait at line %d with type %s, but nothing states what %s's"
          + " type variables are: it can be started as an instance of its own; make %s private (or"
          + " let it return a value typed by them) so that only workflows call it and each call"
          + " states them, or give '%s' a concrete type"),
  CALLER_TYPE_VARIABLE_UNSTATED("UnknownTypeVariable",
      "%s binds type variable %s of %s to %s, but nothing states what %s's type variables are:"
          + " it can be started as an instance of its own, and %s may keep a value of that type"
          + " across a wait; call %s with a concrete type, or make %s private (or let it return a"
          + " value typed by its type variables) so that only workflows call it and each call"
          + " states them"),
  RESULT_NOT_PERSISTABLE("ResultNotPersistable",
      "the return type %s of @Resumable method %s cannot be stored (%s); return a record, enum,"
          + " String, number, java.time type, collection or protobuf message"),
  NON_DENOTABLE_LOCAL("NonDenotableLocal",
      "local '%s' has the type %s, which cannot be written down in Java; declare it with an"
          + " explicit type"),
  PRIVATE_MEMBER("PrivateMember",
      "%s is private, but the state machine of this method is generated in a separate class; make"
          + " it package-private"),
  PROTECTED_MEMBER("ProtectedMember",
      "%s is protected in another package, but the state machine of this method is generated in"
          + " a separate class of package %s, which cannot reach it; call it through a"
          + " package-private method of this class"),
  SUPER_REFERENCE("SuperReference",
      "`super` cannot be used in a @Resumable method, whose body runs in a generated class; call"
          + " a helper method of this class that uses super instead"),
  LOCAL_TYPE_NAMED_TWICE("LocalType",
      "two classes named %s are declared in this @Resumable method, whose local types all share"
          + " one scope in the generated state machine; rename one of them"),
  LOCAL_CLASS_CAPTURES("LocalType",
      "local class %s uses '%s', a local of the method; the state machine declares its local"
          + " classes before any local is set, so pass the value to the class's constructor, or"
          + " declare the class as a member of the enclosing class"),
  RECORD_CONSTRUCTOR("RecordConstructor",
      "record %s declares its canonical constructor, which javac cannot compile again once the"
          + " Resumable processor has analysed class %s (a javac limitation); move record %s to"
          + " its own source file"),
  UNPRINTABLE("Unprintable",
      "%s cannot be copied into the generated state machine; rewrite it or move it into a helper"
          + " method"),
  SUSPEND_IN_PLAIN_METHOD("SuspendOutsideResumable",
      "`%s` %s, so it can only be called in the body of a @Resumable method; make `%s`"
          + " @Resumable and start it through the generated Resumer; to run it as plain Java on"
          + " purpose (a test using DirectRun), annotate the caller with"
          + " @SuppressWarnings(\"resumable\")"),
  SUSPEND_OUTSIDE_METHOD("SuspendOutsideResumable",
      "`%s` %s, so it can only be called in the body of a @Resumable method, not in %s;"
          + " call it in the body of a @Resumable method and start that through the generated"
          + " Resumer; to run it as plain Java on purpose (a test using DirectRun), annotate the"
          + " caller with @SuppressWarnings(\"resumable\")"),
  NOT_COMPILED("NotCompiled",
      "@Resumable method %s has no state machine %s because the Resumable processor did not run;"
          + " add resumable-processor to the compiler's annotationProcessorPaths and leave"
          + " annotation processing on"),
  PROCESSOR_MISMATCH("ProcessorMismatch",
      "the state machine %s was not generated from @Resumable method %s as it is now: %s; its"
          + " generated sources are stale, so rebuild cleanly (e.g. mvn clean compile)"),
  PLUGIN_FAILED("InternalError",
      "the Resumable javac plugin failed on %s: %s; please report this with the class's source"),
  NO_SOURCE_MAP("NoSourceMap",
      "could not add the source map for debuggers to %s (%s): breakpoints in %s will not stop in"
          + " its state machine; build with a JDK whose class files the processor's ASM reads"
          + " (or a newer resumable-processor)"),
  POSITIONAL_POINT_ID("PositionalPointId",
      "this wait's stable id, %s, counts the waits of its kind before it: a wait inserted before"
          + " it would shift the id, and instances stopped here would then be refused, or meet"
          + " another wait, after the upgrade; label the statement, and the label becomes its id"
          + " (e.g. `reminder: Await.sleep(delay);`; a declaration cannot be labelled, so declare"
          + " the local first and label the assignment: `paid: payment = Await.event(...);`)"),
  SCHEMA_STRANDS("SchemaStrandsInstances",
      "this change to %s would strand the instances waiting at the points committed in %s:%n%s%n"
          + "keep the old point and its locals' names and types (a statement label keeps a"
          + " point's id when waits are inserted before it), or, once no instance waits there or"
          + " to strand them on purpose, build once with -Aresumable.schemaAccept=true, which"
          + " accepts the change and rewrites the file"),
  SCHEMA_METHOD_REMOVED("SchemaStrandsInstances",
      "@Resumable method %s is committed in %s but no longer in the code: instances waiting in it"
          + " would be refused; keep the method, or, once none waits in it or to strand them on"
          + " purpose, build once with -Aresumable.schemaAccept=true"),
  SCHEMA_UNREADABLE("SchemaUnreadable",
      "the committed schema %s cannot be read (%s); restore it from version control, or delete"
          + " it to start from this build"),
  SCHEMA_UNWRITABLE("SchemaUnwritable",
      "cannot write the schema files (%s); make the directory given by -Aresumable.schemaDir"
          + " writable"),
  STEP_AND_RESUMABLE("StepAndResumable",
      "%s is both @Step and @Resumable; a step runs at once and cannot wait: keep one of them"),
  STEP_SIGNATURE("StepSignature",
      "@Step method %s is %s; the engine calls a step again after a restart from its stored"
          + " arguments, so give it fixed, non-generic parameters"),
  STEP_NOT_PERSISTABLE("StepNotPersistable",
      "the %s of @Step method %s has type %s, which cannot be stored (%s); a step's arguments and"
          + " result are committed with it: use a persistable type (record, enum, String, number,"
          + " java.time, collection, protobuf message)"),
  UNDO_FORM("UndoForm",
      "saga.onUndo(...) records its compensation as a call of a @Step method, stored with its"
          + " arguments and run after any restart, never as a lambda; %s: write it as"
          + " `saga.onUndo(() -> bookings.cancelFlight(flightId))`, one call of a @Step method"
          + " with persistable arguments, in the @Resumable method's own body"),
  STEP_POLICY("StepPolicy",
      "@Step method %s: %s"),
  STEP_RECEIVER("StepReceiver",
      "the step %s is called on `%s`, which uses a local or a call; a retry after a restart"
          + " calls the step again where no local exists: call it on this, on a field or"
          + " statically, or pass the value as an argument"),
  START_NAME_CLASH("StartNameClash",
      "the Resumer of package %s would have start method %s for %s and for %s; a start method"
          + " keeps its name whatever other classes the package has, so give this one a name of"
          + " its own, e.g. @Resumable(start = \"%s\"), or rename one of the methods"),
  INVALID_START_NAME("InvalidStartName",
      "@Resumable(start = \"%s\") on %s is not a start method's name: it must be a Java"
          + " identifier of `start` and an upper-case letter, e.g. \"%s\""),
  RESERVED_PARAMETER("ReservedParameterName",
      "a parameter of %s is named `instanceId`, the name of the instance id that its start"
          + " method %s(instanceId, ...) takes first; rename the parameter"),
  INTERNAL_ERROR("InternalError",
      "the Resumable processor failed on %s: %s; please report this with the method's source");

  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  public String tag() {
    return "[Resumable." + tag + "]";
  }

  public String format(Object... args) {
    return tag() + " " + String.format(template, args);
  }
}
