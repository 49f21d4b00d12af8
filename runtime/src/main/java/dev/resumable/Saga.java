package dev.resumable;

import dev.resumable.codec.ObjectCodec;
import dev.resumable.codec.StoredWith;
import dev.resumable.proto.Compensation;
import dev.resumable.proto.SagaRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A stack of compensations: for each thing a workflow did that it may have to undo, the call that
 * undoes it, registered as the workflow goes, and run in reverse order by {@link #compensate}.
 *
 * <pre>{@code
 * Saga saga = new Saga();
 * String flight = bookings.bookFlight(trip);
 * saga.onUndo(() -> bookings.cancelFlight(flight));
 * }</pre>
 *
 * <p>In a {@code @Resumable} method the lambda is never stored: the build checks that its body is
 * exactly one call of a {@code @Step} method, and records that call, its arguments evaluated and
 * encoded at once, so a saga is a local like any other, stored at every wait. {@link #compensate}
 * is a suspension point there: each compensation is a durable step with its own {@code @Step}
 * policy, committed before the next one runs. Anywhere else (a plain run) the lambdas run as
 * written; a saga holding such lambdas cannot be stored.
 */
@StoredWith(Saga.Codec.class)
public final class Saga {

  /** An undoing call, as written in {@link #onUndo}. */
  @FunctionalInterface
  public interface Undo {
    void run() throws Exception;
  }

  /** Registered compensations, oldest first: recorded calls, or lambdas of a plain run. */
  private final List<Object> registered = new ArrayList<>();

  /**
   * Registers {@code undo} to run if the saga compensates, before every compensation registered
   * earlier. In a {@code @Resumable} method, write it as one call of a {@code @Step} method:
   * {@code saga.onUndo(() -> hotels.cancel(hotelId))}.
   */
  public void onUndo(Undo undo) {
    registered.add(WorkflowArguments.present(undo, "Saga.onUndo", "undo"));
  }

  /**
   * Runs every registered compensation, the newest first, and empties the saga. A compensation
   * that fails for good does not stop the others: each undoes its own forward step, and stopping
   * would leave more undone than the one failure forces. If any failed, this then throws a
   * {@link CompensationFailedException} that names which ran and which failed.
   *
   * <p>In a {@code @Resumable} method each compensation is a durable step: retried by its
   * {@code @Step} policy, and committed before the next one starts, so that after a crash the
   * saga goes on with the first compensation not yet committed and never runs one twice.
   */
  public void compensate() throws CompensationFailedException {
    List<Object> toRun = takeNewestFirst();
    List<String> ran = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < toRun.size(); i++) {
      Object entry = toRun.get(i);
      String name = "compensation " + (toRun.size() - i); // the order it was registered in
      if (!(entry instanceof Undo undo)) {
        throw new IllegalStateException("this saga holds the recorded compensation "
            + ((Compensation) entry).getSource() + ", which only a @Resumable method's"
            + " saga.compensate() can run as a durable step");
      }
      try {
        undo.run();
        ran.add(name);
      } catch (Exception e) {
        failed.add(name);
        failures.add(e);
      }
    }
    if (!failed.isEmpty()) {
      throw new CompensationFailedException(ran, failed, failures);
    }
  }

  /** How many compensations are registered and not yet run. */
  public int size() {
    return registered.size();
  }

  public boolean isEmpty() {
    return registered.isEmpty();
  }

  /**
   * Records the compensation that generated code built from an {@code onUndo} call. For the
   * state machines only.
   */
  public void record(Compensation compensation) {
    registered.add(compensation);
  }

  /** Takes every compensation out of the saga, the newest first: it is about to run them. */
  List<Object> takeNewestFirst() {
    List<Object> entries = new ArrayList<>(registered);
    java.util.Collections.reverse(entries);
    registered.clear();
    return entries;
  }

  /**
   * The recorded compensations, the newest first, taken out of the saga for the engine to run;
   * refuses a saga holding lambdas of a plain run, leaving it as it was. For the state machines.
   */
  public List<Compensation> takeRecorded() {
    for (Object entry : registered) {
      if (!(entry instanceof Compensation)) {
        throw new IllegalStateException(notRecorded(entry));
      }
    }
    List<Compensation> taken = new ArrayList<>();
    takeNewestFirst().forEach(e -> taken.add((Compensation) e));
    return taken;
  }

  private static String notRecorded(Object lambda) {
    return "a saga holds the compensation " + lambda + ", registered outside a @Resumable"
        + " method, which cannot be stored or run as a durable step; register compensations with"
        + " saga.onUndo(() -> stepMethod(args)) in the @Resumable method that owns the saga";
  }

  @Override
  public String toString() {
    List<String> calls = new ArrayList<>();
    for (Object entry : registered) {
      calls.add(entry instanceof Compensation c ? c.getSource() : entry.toString());
    }
    return "Saga" + calls;
  }

  /** Stores a saga as its recorded compensations; one holding a lambda is refused. */
  public static final class Codec implements ObjectCodec {

    @Override
    public byte[] encode(Object value, Class<?> type) {
      SagaRecord.Builder record = SagaRecord.newBuilder();
      for (Object entry : ((Saga) value).registered) {
        if (!(entry instanceof Compensation compensation)) {
          throw new IllegalArgumentException(notRecorded(entry));
        }
        record.addCompensations(compensation);
      }
      return record.build().toByteArray();
    }

    @Override
    public <T> T decode(byte[] data, Class<T> type) throws Exception {
      Saga saga = new Saga();
      saga.registered.addAll(SagaRecord.parseFrom(data).getCompensationsList());
      return type.cast(saga);
    }
  }
}
