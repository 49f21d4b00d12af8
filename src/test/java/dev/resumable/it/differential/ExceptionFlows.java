package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;

/**
 * Exceptions kept across waits whose causes and suppressed exceptions share: one exception met
 * twice must come back as one, and a long chain of causes must come back whole.
 */
public class ExceptionFlows {

  public record Held(RuntimeException top, IllegalStateException root) {}

  /** {@code root} is the local, {@code top}'s cause and one of its suppressed exceptions. */
  @Resumable
  public Held causeAndSuppressed() {
    IllegalStateException root = new IllegalStateException("root");
    RuntimeException top = new RuntimeException("top", root);
    top.addSuppressed(root);
    int n = Await.event("a", Integer.class);
    top.addSuppressed(new IllegalStateException("after " + n));
    return new Held(top, root);
  }

  /** Two exceptions that suppress each other: Java allows it, and so must a restart. */
  @Resumable
  public Held suppressingEachOther() {
    IllegalStateException root = new IllegalStateException("root");
    RuntimeException top = new RuntimeException("top");
    top.addSuppressed(root);
    root.addSuppressed(top);
    Await.event("a", Integer.class);
    return new Held(top, root);
  }

  /** Twelve causes deep: every one of them comes back. */
  @Resumable
  public int longChainOfCauses() {
    RuntimeException chain = new RuntimeException("0");
    for (int i = 1; i <= 12; i++) {
      chain = new RuntimeException(String.valueOf(i), chain);
    }
    Await.event("a", Integer.class);
    int depth = 0;
    for (Throwable t = chain; t != null; t = t.getCause()) {
      depth++;
    }
    return depth;
  }

  /** The exception a finally keeps pending across its wait is the one a local holds. */
  @Resumable
  public boolean thrownAndKeptInALocal() {
    IllegalStateException kept = new IllegalStateException("kept");
    try {
      try {
        throw kept;
      } finally {
        Await.event("a", Integer.class);
      }
    } catch (IllegalStateException caught) {
      return caught == kept;
    }
  }
}
