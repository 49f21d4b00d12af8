package dev.resumable.processor.model;

import com.sun.source.tree.Tree;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Subtrees of an expression that were evaluated before a suspension point, and the hoisted
 * temporaries that hold their values: printing the expression afterwards reads the temporaries
 * instead of evaluating the subtrees again.
 */
public final class Temps {

  public static final Temps NONE = new Temps(Map.of());

  private final Map<Tree, LocalVar> byTree;

  private Temps(Map<Tree, LocalVar> byTree) {
    this.byTree = byTree;
  }

  /** A snapshot of {@code current}, so that later evaluations do not change what an op prints. */
  public static Temps snapshot(Map<Tree, LocalVar> current) {
    return current.isEmpty() ? NONE : new Temps(new IdentityHashMap<>(current));
  }

  /** The temporary holding {@code tree}'s value, or null if it is evaluated where it stands. */
  public LocalVar get(Tree tree) {
    return byTree.get(tree);
  }

  public boolean isEmpty() {
    return byTree.isEmpty();
  }
}
