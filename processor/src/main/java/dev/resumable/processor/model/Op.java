package dev.resumable.processor.model;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.util.TreePath;
import java.util.Set;

/**
 * One step of a state, in order. Trees are printed by the writer with their {@link Temps}: the
 * subtrees already evaluated into temporaries; raw code is written as is.
 */
public sealed interface Op {

  /** Locals this op reads, and those it captures in lambdas or classes. */
  Uses uses();

  /** The temporaries its trees are printed with; ops that carry trees hold their own. */
  default Temps temps() {
    return Temps.NONE;
  }

  /** A statement without suspension points, printed unchanged in meaning. */
  record Copy(TreePath statement, Temps temps, Uses uses, Set<Label> jumps, boolean completes,
      Exits exits)
      implements Op {}

  /** {@code target = value;} for a hoisted local. */
  record Assign(LocalVar target, TreePath value, Temps temps, Uses uses) implements Op {}

  /**
   * Synthesized code, e.g. the index of a for-each loop or the dispatch of a caught exception.
   * {@code jumps} are the labels it may continue at; {@code completes} whether control can pass it.
   */
  record Raw(CodeBlock code, Uses uses, Set<LocalVar> defs, Set<Label> jumps, boolean completes)
      implements Op {

    public Raw(CodeBlock code, Uses uses, Set<LocalVar> defs) {
      this(code, uses, defs, Set.of(), true);
    }
  }

  /** Go to {@code ifTrue} when the condition holds, else to {@code ifFalse}. */
  record Branch(TreePath condition, CodeBlock rawCondition, Temps temps, Uses uses, Label ifTrue,
      Label ifFalse) implements Op {}

  record Jump(Label target) implements Op {
    @Override
    public Uses uses() {
      return Uses.NONE;
    }
  }

  /** Returns from the method; {@code value} is null for {@code return;}. */
  record Return(TreePath value, Temps temps, Uses uses) implements Op {}

  /** Stops at a suspension point unless its value is ready at once. */
  record Suspend(Point point, Temps temps, Uses uses) implements Op {}

  /**
   * {@code target = (T) (old op value);}: a compound assignment whose right side waits, with the
   * target's old value read before the wait, as Java reads it.
   */
  record Compound(TreePath assignment, LocalVar old, Temps temps, Uses uses) implements Op {}

  /** {@code expression;}: an arrow case's expression, evaluated for its effect. */
  record Eval(TreePath expression, Temps temps, Uses uses) implements Op {}

  /**
   * Jumps to the case of a switch whose cases were taken apart: {@code cases} line up with the
   * switch's cases (the default one included); {@code otherwise} is where no case matches.
   */
  record SwitchDispatch(TreePath switchPath, LocalVar selector, java.util.List<Label> cases,
      Label otherwise) implements Op {
    @Override
    public Uses uses() {
      return Uses.of(selector);
    }
  }

  /** Takes the value of the point just passed: into a local, returned, or dropped. */
  record TakeResult(Point point, LocalVar target, boolean returnIt) implements Op {
    @Override
    public Uses uses() {
      return Uses.NONE;
    }
  }
}
