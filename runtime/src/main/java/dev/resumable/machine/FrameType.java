package dev.resumable.machine;

import dev.resumable.codec.Codec;
import dev.resumable.codec.ExceptionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.function.Function;

/** Static description of a generated state machine: how to find, check and rebuild its frames. */
public final class FrameType {

  private final String methodKey;
  private final String fingerprint;
  private final String className;
  private final String methodName;
  private final String sourceFile;
  private final Codec<?> resultCodec;
  private final Function<Receivers, Frame> blank;
  private final List<SuspensionPoint> points;
  private final Map<String, String> localTypes;
  private final Map<Integer, StepCall> steps;
  private final Map<String, StepCall> compensations;
  private final int[] generatedLines;
  private final int[] sourceLines;
  private final java.util.Set<String> eventNames;
  private final EntryStart entryStart;
  private final java.util.Set<String> exposedNames;

  /** Every frame type by the name of its generated class, for rewriting stack traces. */
  private static final Map<String, FrameType> BY_GENERATED_CLASS = new ConcurrentHashMap<>();

  private FrameType(Builder b) {
    this.methodKey = b.methodKey;
    this.fingerprint = b.fingerprint;
    this.className = Objects.requireNonNull(b.className, "source");
    this.methodName = b.methodName;
    this.sourceFile = b.sourceFile;
    this.resultCodec = b.resultCodec;
    this.blank = Objects.requireNonNull(b.blank, "restoredBy");
    this.entryStart = b.entryStart;
    this.points = List.copyOf(b.points);
    this.localTypes = b.localTypes == null ? null : Map.copyOf(b.localTypes);
    this.steps = Map.copyOf(b.steps);
    this.compensations = Map.copyOf(b.compensations);
    this.eventNames = b.eventNames == null ? null : java.util.Set.copyOf(b.eventNames);
    this.exposedNames = b.exposedNames == null ? null : java.util.Set.copyOf(b.exposedNames);
    String[] pairs = b.lineTable == null || b.lineTable.isEmpty()
        ? new String[0]
        : b.lineTable.split(",");
    this.generatedLines = new int[pairs.length];
    this.sourceLines = new int[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      int colon = pairs[i].indexOf(':');
      generatedLines[i] = Integer.parseInt(pairs[i].substring(0, colon));
      sourceLines[i] = Integer.parseInt(pairs[i].substring(colon + 1));
    }
    if (b.generatedClass != null) {
      BY_GENERATED_CLASS.put(b.generatedClass.getName(), this);
    }
  }

  /** The frame type whose generated class has this name, or null. */
  static FrameType ofGeneratedClass(String className) {
    return BY_GENERATED_CLASS.get(className);
  }

  /** The source line that a line of the generated class runs; 0 if unknown. */
  int sourceLineAt(int generatedLine) {
    int found = 0;
    for (int i = 0; i < generatedLines.length && generatedLines[i] <= generatedLine; i++) {
      found = sourceLines[i];
    }
    return found;
  }

  /** Starts the description of the method with this key and fingerprint. */
  public static Builder of(String methodKey, String fingerprint) {
    return new Builder(methodKey, fingerprint);
  }

  public String methodKey() {
    return methodKey;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public String className() {
    return className;
  }

  public String methodName() {
    return methodName;
  }

  public String sourceFile() {
    return sourceFile;
  }

  /** Encodes the method's return value; null for a void method. */
  public Codec<?> resultCodec() {
    return resultCodec;
  }

  public List<SuspensionPoint> points() {
    return points;
  }

  /**
   * The declared type of each stored local, as text, by name; null for code generated before
   * types were kept, whose frames are judged by fingerprint alone.
   */
  public Map<String, String> localTypes() {
    return localTypes;
  }

  /** The point with this stable id, or null if this version of the method has none. */
  public SuspensionPoint pointWithId(String id) {
    for (SuspensionPoint p : points) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  /** The point a frame continues at from this label. */
  public SuspensionPoint pointAt(int label) {
    for (SuspensionPoint p : points) {
      if (p.label() == label) {
        return p;
      }
    }
    throw new IllegalStateException(methodKey + " has no suspension point at label " + label);
  }

  /** The durable step whose point continues at {@code label}. */
  StepCall stepAt(int label) {
    StepCall call = steps.get(label);
    if (call == null) {
      throw new IllegalStateException(methodKey + " has no durable step at label " + label);
    }
    return call;
  }

  /** The compensation {@code id} this method's code registers on sagas; null if it has none. */
  StepCall compensation(String id) {
    return compensations.get(id);
  }

  /**
   * The names of the events the method's own code can wait for (not its callees'), or null if
   * it computes names at run time, so that only the wait itself knows them.
   */
  public java.util.Set<String> eventNames() {
    return eventNames;
  }

  /**
   * How the method's entry frame is stored before it runs (a start for later, a schedule); null
   * for a method with type variables, whose arguments' types only the call site knows.
   */
  public EntryStart entryStart() {
    return entryStart;
  }

  /**
   * The names the method's own code exposes values under (Workflow.expose), or null if it
   * computes names at run time or was built before they were recorded.
   */
  public java.util.Set<String> exposedNames() {
    return exposedNames;
  }

  /** A frame with no state yet, to be filled by {@link Frame#restore}. */
  Frame blankFrame(Receivers receivers) {
    return blank.apply(receivers);
  }

  /** Collects a state machine's description; generated code calls it once per class. */
  public static final class Builder {
    private final String methodKey;
    private final String fingerprint;
    private String className;
    private String methodName;
    private String sourceFile;
    private Codec<?> resultCodec;
    private Function<Receivers, Frame> blank;
    private EntryStart entryStart;
    private Class<?> generatedClass;
    private String lineTable;
    private final List<SuspensionPoint> points = new ArrayList<>();
    private Map<String, String> localTypes;
    private final Map<Integer, StepCall> steps = new java.util.HashMap<>();
    private final Map<String, StepCall> compensations = new java.util.HashMap<>();
    private java.util.Set<String> eventNames;
    private java.util.Set<String> exposedNames;

    private Builder(String methodKey, String fingerprint) {
      this.methodKey = Objects.requireNonNull(methodKey);
      this.fingerprint = Objects.requireNonNull(fingerprint);
    }

    public Builder source(String className, String methodName, String sourceFile) {
      this.className = className;
      this.methodName = methodName;
      this.sourceFile = sourceFile;
      return this;
    }

    /**
     * The generated class and its line table ({@code generated:source} pairs where the source
     * line changes), so that stack traces name the source lines, not generated ones.
     */
    public Builder lines(Class<?> generatedClass, String table) {
      this.generatedClass = generatedClass;
      this.lineTable = table;
      return this;
    }

    public Builder result(Codec<?> codec) {
      this.resultCodec = codec;
      return this;
    }

    /**
     * The exception classes the method's catch clauses name: an exception stored across a wait
     * may be restored as one of them, so that those clauses still catch it after a restart.
     */
    @SafeVarargs
    public final Builder knownExceptions(Class<? extends Throwable>... types) {
      ExceptionTypes.register(types);
      return this;
    }

    /**
     * The declared type of every local some point stores, each as {@code name:type}, e.g. {@code
     * "items:java.util.List<com.acme.Item>"}: what a later build judges stored frames by.
     */
    public Builder types(String... nameAndType) {
      if (localTypes == null) {
        localTypes = new java.util.LinkedHashMap<>();
      }
      for (String entry : nameAndType) {
        int colon = entry.indexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException("a local's type is given as name:type, not " + entry);
        }
        localTypes.put(entry.substring(0, colon), entry.substring(colon + 1));
      }
      return this;
    }

    /**
     * Every event name the method's own code can wait for, written as literals or constants; an
     * event by another name, for an instance of this method, is refused (see {@code
     * WaitableEvents}). Not given for a method that computes names at run time.
     */
    public Builder awaits(String... names) {
      this.eventNames = new java.util.LinkedHashSet<>(List.of(names));
      return this;
    }

    /**
     * Every name the method's own code exposes values under, written as literals or constants;
     * asking an instance of this method for another name is refused. Not given for a method that
     * computes names at run time.
     */
    public Builder exposes(String... names) {
      this.exposedNames = new java.util.LinkedHashSet<>(List.of(names));
      return this;
    }

    public Builder restoredBy(Function<Receivers, Frame> blank) {
      this.blank = blank;
      return this;
    }

    /** How an entry frame is stored before it runs and built again when it is due. */
    public Builder startedBy(EntryStart entryStart) {
      this.entryStart = entryStart;
      return this;
    }

    public Builder event(String id, int label, int line, String name, Class<?> type,
        String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, name, type, null, List.of(liveLocals),
          SuspensionPoint.Kind.EVENT));
      return this;
    }

    /** An all-of wait: what it waits for is a value, stored with the instance. */
    public Builder all(String id, int label, int line, String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, null, null, null, List.of(liveLocals),
          SuspensionPoint.Kind.ALL_OF));
      return this;
    }

    /** A first-of wait: what it waits for is a value, stored with the instance. */
    public Builder first(String id, int label, int line, String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, null, null, null, List.of(liveLocals),
          SuspensionPoint.Kind.FIRST_OF));
      return this;
    }

    /** A join of branches: what it waits for is their outcome events, named by branch id. */
    public Builder join(String id, int label, int line, String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, "(branch outcome)", BranchOutcome.class,
          null, List.of(liveLocals), SuspensionPoint.Kind.JOIN));
      return this;
    }

    public Builder timer(String id, int label, int line, String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, null, null, null, List.of(liveLocals),
          SuspensionPoint.Kind.TIMER));
      return this;
    }

    public Builder call(String id, int label, int line, String callee, String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, null, null, callee, List.of(liveLocals),
          SuspensionPoint.Kind.CALL));
      return this;
    }

    /** A durable step: the call {@code call} describes, run and committed before going on. */
    public Builder step(String id, int label, int line, StepCall call, String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, null, null, null, List.of(liveLocals),
          SuspensionPoint.Kind.STEP));
      steps.put(label, call);
      return this;
    }

    /**
     * A compensation that the method's code registers on a saga: {@code call} describes the
     * {@code @Step} method it calls; {@link Frame#invokeCompensation} calls it.
     */
    public Builder compensation(String id, StepCall call) {
      compensations.put(id, call);
      return this;
    }

    /** A saga's {@code compensate()}: its compensations run as durable steps at this point. */
    public Builder compensate(String id, int label, int line, String... liveLocals) {
      points.add(new SuspensionPoint(id, label, line, null, null, null, List.of(liveLocals),
          SuspensionPoint.Kind.STEP));
      return this;
    }

    public FrameType build() {
      return new FrameType(this);
    }
  }
}
