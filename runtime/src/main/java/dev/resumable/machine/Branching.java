package dev.resumable.machine;

import dev.resumable.Branch;
import dev.resumable.codec.StoredExceptions;
import java.util.ArrayList;
import java.util.List;

/**
 * What a step needs to start branches and to read their outcomes: the instance's id, how many
 * branches it started before, and the registry that decodes a branch's result.
 */
public final class Branching {

  /** A branch the step started, to be stored before the step commits. */
  public record Fork(String id, Frame frame) {}

  private final String instanceId;
  private final FrameRegistry registry;
  private int started;
  /** Durable steps begun, this step's included: each step's number is its idempotency key. */
  private int stepsStarted;
  private List<Fork> forks = List.of(); // most steps start no branch: no list until one does

  public Branching(String instanceId, int startedBefore, FrameRegistry registry) {
    this.instanceId = instanceId;
    this.started = startedBefore;
    this.registry = registry;
  }

  private static final Branching NONE = new Branching(null, 0, null);

  /** For runs outside an engine, where starting a branch is an error (so nothing changes it). */
  static Branching none() {
    return NONE;
  }

  <T> Branch<T> start(Frame child) {
    if (instanceId == null) {
      throw new IllegalStateException("a branch can only be started by an instance that an"
          + " Engine runs");
    }
    started++;
    String id = instanceId + "/" + started;
    if (id.length() > dev.resumable.InstanceIds.MAX_BRANCH_ID_LENGTH) {
      throw new IllegalStateException("instance \"" + instanceId + "\" cannot start a branch: its"
          + " id would be " + id.length() + " characters long, and a branch's id (<parent id>/<n>)"
          + " has at most " + dev.resumable.InstanceIds.MAX_BRANCH_ID_LENGTH + "; nest fewer levels"
          + " of branches, or give the outermost instance a shorter id; its step was not"
          + " committed");
    }
    if (forks.isEmpty()) {
      forks = new ArrayList<>();
    }
    forks.add(new Fork(id, child));
    return new Branch<>(id, child.frameType().methodKey());
  }

  /** Refuses a branch this instance did not start: nothing would ever tell it that one ended. */
  void requireOwn(Branch<?> branch, String call) {
    String prefix = instanceId + "/";
    if (instanceId == null || !branch.id().startsWith(prefix)
        || branch.id().indexOf('/', prefix.length()) >= 0) {
      throw new dev.resumable.WorkflowArgumentException(call + ": branch \"" + branch.id()
          + "\" was not started by this instance; only branches that an instance started itself"
          + " can be joined");
    }
  }

  /** The instance whose step this is; null for a run outside an engine. */
  String instanceId() {
    return instanceId;
  }

  /** The branch's result, or its exception thrown here, where the join stands. */
  Object unpack(BranchOutcome outcome) throws Throwable {
    if (outcome.failed()) {
      throw StoredExceptions.restore(outcome.failure());
    }
    FrameType type = registry.find(outcome.method());
    if (type == null) {
      throw new StoredDataException("a branch returned from " + outcome.method() + ", which"
          + " this build does not contain, so its result cannot be read", null);
    }
    if (type.resultCodec() == null) {
      return null;
    }
    try {
      return type.resultCodec().decode(outcome.result());
    } catch (RuntimeException e) {
      throw new StoredDataException("the result of a branch running " + outcome.method()
          + " cannot be decoded: " + e.getMessage(), e);
    }
  }

  /** Counts steps from {@code before}, the number the instance had begun when it was stored. */
  public Branching withStepsStarted(int before) {
    this.stepsStarted = before;
    return this;
  }

  /** The number of the durable step that begins now. */
  /** The registry of this build's state machines; null for runs outside an engine. */
  FrameRegistry registry() {
    return registry;
  }

  int nextStep() {
    return ++stepsStarted;
  }

  /** How many durable steps the instance has begun, this run's included. */
  public int stepsStarted() {
    return stepsStarted;
  }

  /** How many branches the instance has started, this step's included. */
  public int started() {
    return started;
  }

  /** The branches this step started, in order. */
  public List<Fork> forks() {
    return forks;
  }
}
