package dev.resumable.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backward liveness over the states: a local is stored at a suspension point only if some path
 * from there reads it before writing it. So a connection used before a wait and not after it is
 * no obstacle, and dead references do not stay reachable from a suspended frame.
 */
public final class Liveness {

  private final List<State> states;
  private final LocalVar caught;
  private final Map<Label, Set<LocalVar>> liveIn = new HashMap<>();

  private Liveness(List<State> states, LocalVar caught) {
    this.states = states;
    this.caught = caught;
  }

  /**
   * Numbers the labels in state order, computes the live locals of every point, and gives a field
   * to each local that is live at some point.
   */
  public static void analyze(List<State> states, List<LocalVar> declarationOrder,
      LocalVar caught) {
    for (int i = 0; i < states.size(); i++) {
      states.get(i).label().place(i);
    }
    Liveness liveness = new Liveness(states, caught);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = states.size() - 1; i >= 0; i--) {
        Set<LocalVar> in = liveness.flow(i, false);
        changed |= !in.equals(liveness.liveIn.put(states.get(i).label(), in));
      }
    }
    for (int i = 0; i < states.size(); i++) {
      liveness.flow(i, true);
    }
    Comparator<LocalVar> order = Comparator.comparingInt(declarationOrder::indexOf);
    for (State state : states) {
      for (Op op : state.ops()) {
        if (op instanceof Op.Suspend suspend) {
          Set<LocalVar> live = new HashSet<>(suspend.point().live());
          // A derived local is rebuilt from its loop's position, so that position is kept.
          for (LocalVar local : suspend.point().live()) {
            if (local.derivation() != null) {
              live.add(local.derivation().items());
              live.add(local.derivation().index());
            }
          }
          List<LocalVar> sorted = new ArrayList<>(live);
          sorted.sort(order);
          suspend.point().setLive(new LinkedHashSet<>(sorted));
          sorted.forEach(LocalVar::giveField);
        }
      }
    }
  }

  private Set<LocalVar> flow(int index, boolean recordPoints) {
    State state = states.get(index);
    Set<LocalVar> live = new HashSet<>();
    if (state.isOpen() && index + 1 < states.size()) {
      live.addAll(in(states.get(index + 1).label()));
    }
    List<Op> ops = state.ops();
    for (int i = ops.size() - 1; i >= 0; i--) {
      Op op = ops.get(i);
      if (op instanceof Op.Copy copy) {
        if (!copy.completes()) {
          live.clear();
        }
        copy.jumps().forEach(l -> live.addAll(in(l)));
      } else if (op instanceof Op.Assign assign) {
        live.remove(assign.target());
      } else if (op instanceof Op.Raw raw) {
        if (!raw.completes()) {
          live.clear();
        }
        // Its writes happen before it jumps: what the targets read of them is not live before.
        raw.jumps().forEach(l -> live.addAll(in(l)));
        live.removeAll(raw.defs());
      } else if (op instanceof Op.Branch branch) {
        live.clear();
        live.addAll(in(branch.ifTrue()));
        live.addAll(in(branch.ifFalse()));
      } else if (op instanceof Op.Jump jump) {
        live.clear();
        live.addAll(in(jump.target()));
      } else if (op instanceof Op.Return) {
        live.clear();
      } else if (op instanceof Op.SwitchDispatch dispatch) {
        live.clear();
        dispatch.cases().forEach(l -> live.addAll(in(l)));
        live.addAll(in(dispatch.otherwise()));
      } else if (op instanceof Op.Suspend suspend && recordPoints) {
        suspend.point().setLive(new HashSet<>(live));
      } else if (op instanceof Op.TakeResult take) {
        if (take.returnIt()) {
          live.clear();
        } else {
          live.remove(take.target());
        }
      }
      live.addAll(op.uses().reads());
      if (state.handler() != null) {
        // Any op of a protected state may throw into its handler; the throw sets `caught`.
        Set<LocalVar> handlerIn = in(state.handler());
        handlerIn.stream().filter(l -> l != caught).forEach(live::add);
      }
    }
    return live;
  }

  private Set<LocalVar> in(Label label) {
    return liveIn.getOrDefault(label, Set.of());
  }
}
