package dev.resumable.machine;

import dev.resumable.Fired;
import dev.resumable.Wait;
import dev.resumable.WorkflowArgumentException;
import dev.resumable.WorkflowArguments;
import dev.resumable.codec.Codec;
import dev.resumable.codec.Codecs;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.Value;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One run of an instance from where it stood to its next suspension or to its end: the frames on
 * its stack, the value handed to the frame that continues, and what the innermost frame now waits
 * for. Generated code calls {@link #awaitEvent}, {@link #call} and {@link #result}.
 */
public final class Step {

  private final ArrayList<Frame> stack;
  /** Made when a frame first throws: most steps never do, and a step should cost little. */
  private StackTraces traces;
  private final List<InboxEvent> inbox;
  private Object value;
  private Throwable error;
  private final Clock clock;
  /** Set when the step suspends. */
  private Awaiting awaiting;
  private final Branching branching;
  /** Set when stored data this step needed could not be decoded: the step then has no outcome. */
  private StoredDataException unreadable;
  /** Set when a wait, branch or join of this step was refused: the step then has no outcome. */
  private RuntimeException refused;

  /** {@code stack} becomes the step's own: it pushes and pops frames on it as they run. */
  Step(ArrayList<Frame> stack, List<InboxEvent> inbox, Clock clock, Branching branching) {
    this.stack = stack;
    this.inbox = inbox;
    this.clock = clock;
    this.branching = branching;
  }

  /**
   * Starts {@code child} as a branch: an instance of its own, stored and run to its first wait by
   * the engine before this step commits. Does not suspend.
   */
  public <T> dev.resumable.Branch<T> branch(Frame child) {
    try {
      return branching.start(child);
    } catch (IllegalStateException e) {
      throw refuse(e);
    }
  }

  /**
   * Reaches the durable step whose point continues at {@code label}: stores its arguments and
   * suspends (always true), so that the engine runs the step and commits its outcome before the
   * frame goes on and takes it with {@link #result}.
   */
  public boolean awaitStep(int label, Object... arguments) {
    StepCall call = stack.get(stack.size() - 1).frameType().stepAt(label);
    java.util.List<Value> stored;
    try {
      stored = call.encodeArguments(arguments);
    } catch (dev.resumable.codec.CodecException e) {
      throw refuse(new dev.resumable.codec.CodecException("cannot store the arguments of the step "
          + call.source() + "; nothing was stored and it did not run: " + e.getMessage(), e));
    }
    Instant now = clock.instant();
    awaiting = new Awaiting.ForStep(call, dev.resumable.proto.StepWait.newBuilder()
        .addAllArguments(stored)
        .setSequence(branching.nextStep())
        .setTimer(dev.resumable.proto.TimerWait.newBuilder()
            .setDueEpochSecond(now.getEpochSecond()).setDueNano(now.getNano()))
        .build());
    return true;
  }

  /**
   * Records on {@code saga} the compensation {@code id} that this frame's code registers: the
   * {@code @Step} call written in {@code saga.onUndo(() -> ...)}, with its arguments encoded now.
   */
  public void onUndo(dev.resumable.Saga saga, String id, Object... arguments) {
    FrameType type = stack.get(stack.size() - 1).frameType();
    StepCall call = type.compensation(id);
    if (saga == null) {
      throw new NullPointerException("saga.onUndo(() -> " + call.source() + ") on a null saga");
    }
    List<Value> stored;
    try {
      stored = call.encodeArguments(arguments);
    } catch (dev.resumable.codec.CodecException e) {
      throw refuse(new dev.resumable.codec.CodecException("cannot store the arguments of the"
          + " compensation " + call.source() + "; it was not registered: " + e.getMessage(), e));
    }
    saga.record(dev.resumable.proto.Compensation.newBuilder().setMethodKey(type.methodKey())
        .setId(id).setSource(call.source()).addAllArguments(stored).build());
  }

  /**
   * Reaches {@code saga.compensate()}: takes its compensations out of it and suspends at the
   * first (true), so that the engine runs them one by one, the newest first, each a durable step
   * committed before the next; false (go on) if it has none.
   */
  public boolean awaitCompensation(dev.resumable.Saga saga) {
    if (saga == null) {
      throw new NullPointerException("saga.compensate() on a null saga");
    }
    List<dev.resumable.proto.Compensation> newestFirst;
    try {
      newestFirst = saga.takeRecorded();
    } catch (IllegalStateException e) {
      throw refuse(e);
    }
    if (newestFirst.isEmpty()) {
      value = null;
      return false;
    }
    awaiting = Compensations.begin(newestFirst, branching, clock.instant());
    return true;
  }

  /** Waits until {@code branch} has ended: true (suspend) unless its outcome is in the inbox. */
  public boolean awaitJoin(dev.resumable.Branch<?> branch) {
    try {
      branching.requireOwn(WorkflowArguments.present(branch, "Await.join", "branch"),
          "Await.join");
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
    return eventNamed(BranchOutcome.eventName(branch.id()), BranchOutcome.class);
  }

  /**
   * Waits until every one of {@code branches} has ended, or one of them has failed: the join
   * then throws that failure at once rather than wait for the others.
   */
  public boolean awaitJoinAll(List<? extends dev.resumable.Branch<?>> branches) {
    List<String> names = outcomeEvents(branches, "Await.joinAll", false);
    for (Iterator<InboxEvent> it = inbox.iterator(); it.hasNext(); ) {
      InboxEvent event = it.next();
      if (names.contains(event.getName())) {
        BranchOutcome outcome = decodeStored(Codecs.of(BranchOutcome.class), event.getPayload(),
            "the outcome of " + event.getName());
        if (outcome.failed()) {
          it.remove();
          value = outcome;
          return false;
        }
      }
    }
    return allOf(names.stream()
        .map(name -> Wait.event(name, BranchOutcome.class)).toArray(Wait[]::new));
  }

  /** Waits until the first of {@code branches} ends, whether it completed or failed. */
  public boolean awaitJoinAny(List<? extends dev.resumable.Branch<?>> branches) {
    return firstOf(outcomeEvents(branches, "Await.joinAny", true).stream()
        .map(name -> Wait.event(name, BranchOutcome.class)).toArray(Wait[]::new));
  }

  /** The outcome events of {@code branches}, checked to be this instance's own. */
  private List<String> outcomeEvents(List<? extends dev.resumable.Branch<?>> branches,
      String call, boolean atLeastOne) {
    try {
      WorkflowArguments.branches(branches, call, atLeastOne);
      List<String> names = new ArrayList<>();
      for (dev.resumable.Branch<?> branch : branches) {
        branching.requireOwn(branch, call);
        names.add(BranchOutcome.eventName(branch.id()));
      }
      return names;
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
  }

  /**
   * What a join produced: one branch's result, or the results of all of them in order. A failed
   * branch's exception is thrown here, where the join stands.
   */
  public Object joined() throws Throwable {
    Object got = result();
    if (got instanceof BranchOutcome outcome) {
      return unpack(outcome);
    }
    if (got instanceof Fired fired) {
      return unpack((BranchOutcome) fired.value());
    }
    List<Object> results = new ArrayList<>();
    for (Value v : ((Collected) got).values()) {
      results.add(unpack(decodeStored(Codecs.of(BranchOutcome.class), v,
          "a joined branch's outcome")));
    }
    return results;
  }

  /**
   * Waits for whichever of {@code waits} comes first: false (go on) if an event in the inbox or a
   * timer already due settles it, its {@link Fired} ready for {@link #result}; otherwise records
   * the waits and returns true (suspend).
   */
  public boolean awaitFirst(Wait... waits) {
    try {
      WorkflowArguments.waits(waits, "Await.first", true);
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
    return firstOf(waits);
  }

  /** {@link #awaitFirst} for waits that are known to be fine, such as those of a join. */
  private boolean firstOf(Wait... waits) {
    // The timers first: one that would be due too late is refused even if an event is here.
    Instant now = clock.instant();
    Wait.ForTimer timer = null;
    Instant due = null;
    for (Wait wait : waits) {
      if (wait instanceof Wait.ForTimer t && (timer == null || dueFrom(t, now).isBefore(due))) {
        timer = t;
        due = dueFrom(t, now);
      }
    }
    for (Iterator<InboxEvent> it = inbox.iterator(); it.hasNext(); ) {
      InboxEvent event = it.next();
      for (Wait wait : waits) {
        if (wait instanceof Wait.ForEvent forEvent && wait.name().equals(event.getName())
            && PayloadTypes.isKept(event, PayloadTypes.boxed(forEvent.type()))) {
          it.remove();
          value = new Fired(wait.name(), decodeStored(
              Codecs.of(PayloadTypes.boxed(forEvent.type())), event.getPayload(),
              "event \"" + event.getName() + "\" in the inbox"));
          return false;
        }
      }
    }
    if (timer != null && !due.isAfter(now)) {
      value = new Fired(timer.name(), null);
      return false;
    }
    awaiting = new Awaiting.FirstOf(List.of(waits), due, timer == null ? null : timer.name());
    return true;
  }

  /** When {@code timer} is due; a duration that would end too late is refused. */
  private Instant dueFrom(Wait.ForTimer timer, Instant now) {
    try {
      return timer.dueFrom(now);
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
  }

  /**
   * Waits until all of {@code waits} have completed: false (go on) if the inbox and the clock
   * settle all of them now; otherwise takes the events that are there, records the waits and
   * returns true (suspend), and the engine collects the rest as they arrive.
   */
  public boolean awaitAll(Wait... waits) {
    try {
      WorkflowArguments.waits(waits, "Await.all", false);
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
    return allOf(waits);
  }

  /** {@link #awaitAll} for waits that are known to be fine, such as those of a join. */
  private boolean allOf(Wait... waits) {
    Instant now = clock.instant();
    List<InboxEvent> taken = new ArrayList<>();
    List<Value> received = new ArrayList<>();
    boolean complete = true;
    Instant due = null;
    for (Wait wait : waits) {
      Value payload = null;
      if (wait instanceof Wait.ForEvent forEvent) {
        Class<?> type = PayloadTypes.boxed(forEvent.type());
        for (InboxEvent event : inbox) {
          if (!taken.contains(event) && event.getName().equals(wait.name())
              && PayloadTypes.isKept(event, type)) {
            taken.add(event);
            payload = event.getPayload();
            break;
          }
        }
        complete &= payload != null;
      } else {
        Instant at = dueFrom((Wait.ForTimer) wait, now);
        if (at.isAfter(now)) {
          complete = false;
          due = due == null || at.isAfter(due) ? at : due;
        }
      }
      received.add(payload);
    }
    inbox.removeAll(taken);
    if (complete) {
      value = new Collected(received);
      return false;
    }
    awaiting = new Awaiting.AllOf(List.of(waits), received, due);
    return true;
  }

  /**
   * The values of an all-of wait, in the order of its waits, each event's payload decoded by the
   * codec the generated code passes for its static type (null for a timer).
   */
  public List<Object> allResults(Codec<?>... codecs) throws Throwable {
    Collected collected = (Collected) result();
    if (collected.values().size() != codecs.length) {
      unreadable = new StoredDataException("its all-of wait stored " + collected.values().size()
          + " values, but the code waits for " + codecs.length, null);
      throw unreadable;
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < codecs.length; i++) {
      Value v = collected.values().get(i);
      values.add(codecs[i] == null || v == null ? null
          : decodeStored(codecs[i], v, "value " + (i + 1) + " of an all-of wait"));
    }
    return values;
  }

  /** The payloads an all-of wait collected, still encoded; null for a timer. */
  public record Collected(List<Value> values) {}

  /** Waits for {@code duration} from now: true (suspend) unless it is zero. */
  public boolean awaitSleep(Duration duration) {
    Instant due;
    try {
      due = WorkflowArguments.dueAfter(clock.instant(), duration, "Await.sleep");
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
    return until(due);
  }

  /** Waits until {@code moment}: true (suspend) unless it has passed already. */
  public boolean awaitUntil(Instant moment) {
    try {
      WorkflowArguments.moment(moment, "Await.until");
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
    return until(moment);
  }

  private boolean until(Instant moment) {
    if (!moment.isAfter(clock.instant())) {
      value = null;
      return false;
    }
    awaiting = new Awaiting.ForTimer(moment);
    return true;
  }

  /** Waits for an event that senders may also address by {@code key}. */
  public boolean awaitEvent(String name, String key, Class<?> type) {
    try {
      WorkflowArguments.awaitedName(name, "Await.event");
      WorkflowArguments.text(key, "Await.event", "key");
      WorkflowArguments.payloadType(type, "Await.event");
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
    boolean suspends = eventNamed(name, type);
    if (suspends) {
      awaiting = new Awaiting.ForEvent(name, PayloadTypes.boxed(type), key);
    }
    return suspends;
  }

  /**
   * Waits for an event: if the inbox holds one with this name and type, takes it and returns false
   * (go on; {@link #result} gives it); otherwise records the wait and returns true (suspend).
   */
  public boolean awaitEvent(String name, Class<?> type) {
    try {
      WorkflowArguments.awaitedName(name, "Await.event");
      WorkflowArguments.payloadType(type, "Await.event");
    } catch (WorkflowArgumentException e) {
      throw refuse(e);
    }
    return eventNamed(name, type);
  }

  /** {@link #awaitEvent} for a name and type that are known to be fine. */
  private boolean eventNamed(String name, Class<?> type) {
    Class<?> boxed = PayloadTypes.boxed(type);
    for (Iterator<InboxEvent> it = inbox.iterator(); it.hasNext(); ) {
      InboxEvent event = it.next();
      if (event.getName().equals(name) && PayloadTypes.isKept(event, boxed)) {
        value = decodeStored(Codecs.of(boxed), event.getPayload(),
            "event \"" + name + "\" in the inbox");
        it.remove();
        return false;
      }
    }
    awaiting = new Awaiting.ForEvent(name, boxed, null);
    return true;
  }

  /**
   * Runs a nested {@code @Resumable} call directly on this thread. Returns false when the callee
   * completed (its value is ready for {@link #result}, or its exception has propagated), true when
   * it suspended and the caller must suspend too.
   */
  public boolean call(Frame callee) throws Throwable {
    stack.add(callee);
    Object returned;
    try {
      returned = callee.runIn(this);
    } catch (Throwable t) {
      pop();
      throw t;
    }
    if (Frame.suspended(returned)) {
      return true;
    }
    pop();
    value = returned;
    return false;
  }

  /**
   * The value a suspension point produced: the event's payload or the callee's return value. If
   * the callee failed after a restart, throws its exception here, where the call stands.
   */
  public Object result() throws Throwable {
    Object result = value;
    Throwable thrown = error;
    value = null;
    error = null;
    if (thrown != null) {
      throw thrown;
    }
    return result;
  }

  /**
   * Runs the innermost frame, then hands its value or exception to the frame above, until one
   * suspends or the outermost finishes. A loop, not recursion: a stack of any depth resumes
   * without growing the Java stack.
   */
  Ending drive() {
    while (true) {
      Frame top = stack.get(stack.size() - 1);
      Object returned;
      try {
        returned = top.runIn(this);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable thrown) {
        if (unreadable != null) {
          throw unreadable; // not the workflow's exception, whatever its code made of it
        }
        if (refused != null) {
          throw located(refused);
        }
        if (thrown instanceof WorkflowArgumentException misuse) {
          throw misuse.inInstance(branching.instanceId()); // from a Wait factory, say
        }
        pop();
        if (traces == null) {
          traces = new StackTraces();
        }
        traces.rewrite(thrown, callersInnermostFirst());
        if (stack.isEmpty()) {
          return Ending.failed(thrown);
        }
        error = thrown;
        continue;
      }
      if (unreadable != null) {
        throw unreadable;
      }
      if (refused != null) {
        throw located(refused);
      }
      if (Frame.suspended(returned)) {
        return Ending.suspended();
      }
      pop();
      if (stack.isEmpty()) {
        return Ending.completed(returned);
      }
      value = returned;
    }
  }

  /**
   * Remembers that the workflow's code made a call that cannot be carried out, so that the step
   * ends without an outcome even if that code catches the exception thrown here.
   */
  private RuntimeException refuse(RuntimeException e) {
    refused = e;
    return e;
  }

  private RuntimeException located(RuntimeException refusal) {
    return refusal instanceof WorkflowArgumentException misuse
        ? misuse.inInstance(branching.instanceId()) : refusal;
  }

  /**
   * Decodes stored data that must hold a value; if it cannot be, remembers that, so that the step
   * ends without an outcome even if the workflow's code catches the exception thrown here.
   */
  private <T> T decodeStored(Codec<T> codec, Value stored, String what) {
    T decoded;
    try {
      decoded = codec.decode(stored);
    } catch (RuntimeException e) {
      unreadable = new StoredDataException(what + " cannot be decoded: " + e.getMessage(), e);
      throw unreadable;
    }
    if (decoded == null) { // no event is kept or collected without a payload
      unreadable = new StoredDataException(what + " has no value", null);
      throw unreadable;
    }
    return decoded;
  }

  /** A branch's result, or its exception; stored data that cannot be read ends the step. */
  private Object unpack(BranchOutcome outcome) throws Throwable {
    try {
      return branching.unpack(outcome);
    } catch (StoredDataException e) {
      unreadable = e;
      throw e;
    }
  }

  void deliver(Object payload) {
    value = payload;
  }

  /** Makes the innermost frame's wait throw {@code thrown}, as a cancelled wait does. */
  void deliverError(Throwable thrown) {
    error = thrown;
  }

  ArrayList<Frame> stack() {
    return stack;
  }

  Branching branching() {
    return branching;
  }

  /** What the step waits for once it has suspended. */
  Awaiting awaiting() {
    return awaiting;
  }

  /** Records where the durable step the frame stopped at stands now. */
  void stepIs(Awaiting.ForStep state) {
    awaiting = state;
  }

  private List<Frame> callersInnermostFirst() {
    List<Frame> callers = new ArrayList<>(stack);
    java.util.Collections.reverse(callers);
    return callers;
  }

  private void pop() {
    stack.remove(stack.size() - 1);
  }

  /** How a step ended. */
  record Ending(boolean isSuspended, Object value, Throwable failure) {
    static Ending suspended() {
      return new Ending(true, null, null);
    }

    static Ending completed(Object value) {
      return new Ending(false, value, null);
    }

    static Ending failed(Throwable failure) {
      return new Ending(false, null, failure);
    }
  }
}
