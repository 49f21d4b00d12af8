package dev.resumable.machine;

import dev.resumable.codec.CodecException;
import dev.resumable.codec.GraphReader;
import dev.resumable.codec.GraphWriter;
import dev.resumable.proto.FrameRecord;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs stacks of frames and converts them to and from their stored form, for the engine. */
public final class Machine {

  private Machine() {}

  /** The description of a frame's method, e.g. to encode the entry method's result. */
  public static FrameType typeOf(Frame frame) {
    return frame.frameType();
  }

  /** Runs a new instance from the entry of its outermost method. */
  public static Run start(Frame entry, List<InboxEvent> inbox, java.time.Clock clock) {
    return start(entry, inbox, clock, Branching.none());
  }

  /** Runs a new instance that may start branches. */
  public static Run start(Frame entry, List<InboxEvent> inbox, java.time.Clock clock,
      Branching branching) {
    Step step = new Step(new ArrayList<>(List.of(entry)), inbox, clock, branching);
    return new Run(step, step.drive());
  }

  /** Continues a restored stack, handing {@code payload} to its innermost frame. */
  public static Run resume(Stack stack, Object payload, List<InboxEvent> inbox,
      java.time.Clock clock) {
    return resume(stack, payload, inbox, clock, Branching.none());
  }

  /** Continues a restored stack of an instance that may start and join branches. */
  public static Run resume(Stack stack, Object payload, List<InboxEvent> inbox,
      java.time.Clock clock, Branching branching) {
    Step step = new Step(stack.frames, inbox, clock, branching);
    step.deliver(payload);
    return new Run(step, step.drive());
  }

  /** Continues a restored stack by throwing {@code thrown} where its innermost frame waits. */
  public static Run interrupt(Stack stack, Throwable thrown, List<InboxEvent> inbox,
      java.time.Clock clock, Branching branching) {
    Step step = new Step(stack.frames, inbox, clock, branching);
    step.deliverError(thrown);
    return new Run(step, step.drive());
  }

  /**
   * A run that stands at the durable step {@code stack}'s innermost frame stopped at, in {@code
   * state}, with nothing run: for the engine to attempt the step or to store where it stands.
   */
  public static Run atStep(Stack stack, dev.resumable.proto.StepWait state,
      List<InboxEvent> inbox, java.time.Clock clock, Branching branching) {
    Step step = new Step(stack.frames, inbox, clock, branching);
    step.stepIs(new Awaiting.ForStep(state.hasCompensating()
        ? Compensations.callOf(state, branching) : stepCall(stack), state));
    return new Run(step, Step.Ending.suspended());
  }

  /**
   * Continues {@code stack} past its durable step, which has ended in {@code ended}: its frame
   * takes the result, decoded from the stored one, or the exception, thrown at the call.
   */
  public static Run afterStep(Stack stack, dev.resumable.proto.StepWait ended,
      List<InboxEvent> inbox, java.time.Clock clock, Branching branching) {
    if (ended.hasCompensating()) {
      return afterCompensation(stack, ended, inbox, clock, branching);
    }
    StepCall call = stepCall(stack);
    Step step = new Step(stack.frames, inbox, clock, branching);
    if (ended.hasFailure()) {
      step.deliverError(dev.resumable.codec.StoredExceptions.restore(ended.getFailure()));
    } else {
      step.deliver(call.decodeResult(ended.getResult()));
    }
    return new Run(step, step.drive());
  }

  /**
   * After one of a saga's compensations ended: stands at the next one, with nothing run, or,
   * after the last, continues the frame past its {@code compensate()}, which throws if any failed.
   */
  private static Run afterCompensation(Stack stack, dev.resumable.proto.StepWait ended,
      List<InboxEvent> inbox, java.time.Clock clock, Branching branching) {
    Step step = new Step(stack.frames, inbox, clock, branching);
    Awaiting.ForStep next = Compensations.next(ended, branching, clock.instant());
    if (next != null) {
      step.stepIs(next);
      return new Run(step, Step.Ending.suspended());
    }
    dev.resumable.CompensationFailedException failed = Compensations.failure(ended);
    if (failed != null) {
      step.deliverError(failed);
    } else {
      step.deliver(null);
    }
    return new Run(step, step.drive());
  }

  /**
   * One attempt of the saga's compensation that {@code state} runs: its {@code @Step} method
   * called, as the frame that registered it calls it, with fresh copies of the stored arguments.
   */
  public static Object invokeCompensation(StepCall call, dev.resumable.proto.StepWait state,
      FrameRegistry registry, Receivers receivers) throws Throwable {
    return Compensations.invoke(call, state, registry, receivers);
  }

  /** The stored form of what an attempt of {@code call} returned. */
  public static Value encodeStepResult(StepCall call, Object result) {
    return call.encodeResult(result);
  }

  /** The durable step the innermost frame of {@code stack} stopped at. */
  public static StepCall stepCall(Stack stack) {
    Frame innermost = stack.frames.get(stack.frames.size() - 1);
    return innermost.frameType().stepAt(innermost.currentLabel());
  }

  /** One attempt of that step: its method called with fresh copies of the stored arguments. */
  public static Object invokeStep(Stack stack, dev.resumable.proto.StepWait state)
      throws Throwable {
    Frame innermost = stack.frames.get(stack.frames.size() - 1);
    return innermost.invokeStepHere(stepCall(stack).decodeArguments(state.getArgumentsList()));
  }

  /** The stored form of what the step at {@code stack}'s innermost frame returned. */
  public static Value encodeStepResult(Stack stack, Object result) {
    return stepCall(stack).encodeResult(result);
  }

  /**
   * Rebuilds the frames of a stored stack, checking that this build still fits each of them.
   * {@code objects} is the instance's object graph, which the frames' locals refer to; empty for
   * a record written before graphs were stored.
   */
  public static Stack restore(List<FrameRecord> records, List<Value> objects,
      FrameRegistry registry, Receivers receivers) throws RestoreException {
    // Outermost first, the order the frames were written in: a graph is read in writing order.
    GraphReader graph = GraphReader.of(objects);
    ArrayList<Frame> frames = new ArrayList<>(records.size());
    for (FrameRecord record : records) {
      // A generic callee's caller, restored before it, states its type arguments again.
      dev.resumable.codec.TypeArguments typeArguments = frames.isEmpty()
          ? dev.resumable.codec.TypeArguments.NONE
          : frames.get(frames.size() - 1).typeArgumentsOfCallee();
      frames.add(restore(record, registry, receivers, graph, typeArguments));
    }
    return new Stack(frames);
  }

  private static Frame restore(FrameRecord record, FrameRegistry registry, Receivers receivers,
      GraphReader graph, dev.resumable.codec.TypeArguments typeArguments)
      throws RestoreException {
    String where = record.getMethodKey() + " at " + record.getSuspensionId();
    FrameType type = registry.find(record.getMethodKey());
    if (type == null) {
      throw new RestoreException("it is suspended in " + where + ", but this build has no"
          + " @Resumable method with that key (renamed, removed, or its processor output is not"
          + " on the class path)", true, null);
    }
    SuspensionPoint point = PointFit.check(record, type);
    Frame frame = type.blankFrame(receivers).withTypeArguments(typeArguments);
    try {
      frame.restoreFrom(point.label(), new LocalsReader(record, graph));
    } catch (RuntimeException e) { // whatever damaged data makes of the generated decoding
      throw new RestoreException("its frame " + where + " cannot be decoded: " + e.getMessage(),
          false, e);
    }
    return frame;
  }

  /** A restored frame as inspection shows it. */
  public record FrameView(FrameType type, SuspensionPoint point, Map<String, Object> locals) {}

  /**
   * Rebuilds a stored stack only to look at it: without receivers, since nothing runs.
   * Innermost first, as a stack trace reads.
   */
  public static List<FrameView> inspect(List<FrameRecord> records, List<Value> objects,
      FrameRegistry registry) throws RestoreException {
    Receivers none = new Receivers() {
      @Override
      public <T> T get(Class<T> type) {
        return null;
      }
    };
    List<FrameView> views = new ArrayList<>();
    for (Frame frame : restore(records, objects, registry, none).frames) {
      views.add(0, new FrameView(frame.frameType(),
          frame.frameType().pointAt(frame.currentLabel()), frame.storedLocals()));
    }
    return views;
  }

  /** Restored frames, outermost first, continued once: the run that continues them takes them. */
  public static final class Stack {
    private final ArrayList<Frame> frames;

    private Stack(ArrayList<Frame> frames) {
      this.frames = frames;
    }

    /** The point the innermost frame stopped at. */
    public SuspensionPoint innermostPoint() {
      Frame innermost = frames.get(frames.size() - 1);
      return innermost.frameType().pointAt(innermost.currentLabel());
    }
  }

  /** The end of one run: suspended (with its stack), completed or failed. */
  public static final class Run {
    private final Step step;
    private final Step.Ending ending;
    private StoredStack stored;

    private Run(Step step, Step.Ending ending) {
      this.step = step;
      this.ending = ending;
    }

    public boolean suspended() {
      return ending.isSuspended();
    }

    public boolean failed() {
      return !ending.isSuspended() && ending.failure() != null;
    }

    public Object value() {
      return ending.value();
    }

    public Throwable failure() {
      return ending.failure();
    }

    /** What the innermost frame waits for; null unless the run suspended. */
    public Awaiting awaiting() {
      return step.awaiting();
    }

    /** Where the durable step the run stopped at now stands. */
    public void stepIs(dev.resumable.proto.StepWait state) {
      step.stepIs(new Awaiting.ForStep(((Awaiting.ForStep) step.awaiting()).call(), state));
    }

    /** How many durable steps the instance has begun, this run's included. */
    public int stepsStarted() {
      return step.branching().stepsStarted();
    }

    /** The branches the run started, to be stored before it commits. */
    public List<Branching.Fork> forks() {
      return step.branching().forks();
    }

    /** How many branches the instance has started, this run's included. */
    public int branchesStarted() {
      return step.branching().started();
    }

    /**
     * The suspended frames as they are, to continue in this process without their stored form:
     * what a suspend and resume costs in memory, before encoding and the store add theirs.
     */
    public Stack stack() {
      if (!suspended()) {
        throw new IllegalStateException("this run " + (failed() ? "failed" : "completed")
            + "; only a suspended run has frames to continue");
      }
      return new Stack(step.stack());
    }

    /**
     * The suspended stack in stored form, outermost first; its locals refer to {@link #objects()}.
     *
     * @throws CodecException if a live local holds what cannot be restored exactly
     */
    public List<FrameRecord> frames() {
      return stored().frames();
    }

    /** The object graph the stored frames' locals refer to. */
    public List<Value> objects() {
      return stored().objects();
    }

    private StoredStack stored() {
      if (stored == null) {
        // One graph for every frame, so that frames sharing an object store it once.
        GraphWriter graph = GraphWriter.shared();
        List<FrameRecord> records = new ArrayList<>();
        for (Frame frame : step.stack()) {
          FrameType type = frame.frameType();
          SuspensionPoint point = type.pointAt(frame.currentLabel());
          FrameRecord.Builder record = FrameRecord.newBuilder()
              .setMethodKey(type.methodKey())
              .setFingerprint(type.fingerprint())
              .setSuspensionId(point.id())
              .setLine(point.line());
          Map<String, String> localTypes = type.localTypes();
          if (localTypes != null) {
            record.setHasLocalTypes(true);
            point.liveLocals().stream().filter(localTypes::containsKey)
                .forEach(name -> record.putLocalTypes(name, localTypes.get(name)));
          }
          frame.saveTo(new LocalsWriter(record, type, graph));
          records.add(record.build());
        }
        graph.refuseViewsWithTheirBacking();
        stored = new StoredStack(List.copyOf(records), graph.objects());
      }
      return stored;
    }
  }

  private record StoredStack(List<FrameRecord> frames, List<Value> objects) {}
}
