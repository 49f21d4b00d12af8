package dev.resumable.bench.history;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.nio.file.Path;

/** Resumable's side of P4: {@link Ticks} instances in an H2 file store, driven by one engine. */
public final class ResumableTicks implements AutoCloseable {

  private final Engine engine;
  private final Resumer ticks;
  private int started;

  private ResumableTicks(Engine engine) {
    this.engine = engine;
    this.ticks = Resumer.on(engine);
  }

  public static ResumableTicks open(Path storeFile) {
    return new ResumableTicks(Engine.builder().storeFile(storeFile)
        .receiver(Ticks.class, new Ticks()).build());
  }

  /** Starts an instance and makes it wait {@code waits} times, each a durable resume. */
  public String startWaited(int waits) {
    String id = "ticks-" + ++started;
    ticks.startCount(id);
    for (int i = 0; i < waits; i++) {
      tick(id);
    }
    return id;
  }

  /**
   * Starts an instance that is not used again, so that the instance resumed next is not the row
   * the store wrote last: H2 updates the row it has just written faster than any other, which
   * would favour an instance built a moment ago over one built long before.
   */
  public void startAnother() {
    ticks.startCount("another-" + ++started);
  }

  /** Delivers one tick: the instance runs to its next wait and commits. */
  public Outcome<?> tick(String id) {
    Outcome<?> outcome = ticks.resume(id, "tick", 1);
    if (!outcome.isWaiting()) {
      throw new IllegalStateException("instance " + id + " stopped waiting: " + outcome);
    }
    return outcome;
  }

  @Override
  public void close() {
    engine.close();
  }
}
