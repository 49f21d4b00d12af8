package dev.resumable.processor.model;

import java.util.Set;

/**
 * The hoisted locals an op reads, and the subset it reads from inside a lambda or class body:
 * those need an effectively final copy, since hoisted locals are assigned more than once.
 */
public record Uses(Set<LocalVar> reads, Set<LocalVar> captured) {

  public static final Uses NONE = new Uses(Set.of(), Set.of());

  public static Uses of(LocalVar... reads) {
    return new Uses(Set.of(reads), Set.of());
  }
}
