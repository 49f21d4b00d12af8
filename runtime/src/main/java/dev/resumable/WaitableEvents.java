package dev.resumable;

import dev.resumable.machine.BranchOutcome;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.machine.SuspensionPoint;
import dev.resumable.proto.InstanceRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place that refuses an event an instance can never wait for, so that a typo in an event
 * name is an error at the call instead of an event that sits in the inbox forever. What an
 * instance can wait for is what the build recorded: the names its entry method and every method
 * it calls (however deep) wait for. Branches are instances of their own, judged by their own
 * entry method. If one of those methods computes names at run time, or is not in this build,
 * every name is taken. Events the engine delivers itself (branch outcomes) are never refused.
 */
final class WaitableEvents {

  private final FrameRegistry registry;

  WaitableEvents(FrameRegistry registry) {
    this.registry = registry;
  }

  /**
   * Throws {@link UnexpectedEventException} if {@code record}'s instance can never wait for the
   * event {@code name}; it is called before anything is changed.
   */
  void requireWaitable(InstanceRecord record, String name) {
    if (BranchOutcome.isOutcomeEvent(name)) {
      return;
    }
    Set<String> names = namesFor(record.getEntryMethod());
    if (names != null && !names.contains(name)) {
      throw new UnexpectedEventException("instance \"" + record.getId() + "\" can never wait for"
          + " an event named \"" + name + "\": " + described(names) + "; check the name;"
          + " nothing was changed");
    }
  }

  /**
   * Throws {@link UnexpectedEventException} if {@code record}'s instance waits for the event
   * {@code name} only with payload types that {@code payload} is not: kept, it would sit in the
   * inbox forever. Known only when every wait of the instance's methods is a plain event wait;
   * with an {@code Await.first} or {@code Await.all} among them, or methods not in this build,
   * every payload is taken.
   */
  void requireAcceptedPayload(InstanceRecord record, String name, Object payload) {
    if (BranchOutcome.isOutcomeEvent(name) || payload == null) {
      return;
    }
    Set<Class<?>> types = payloadTypesFor(record.getEntryMethod(), name);
    if (types == null || types.isEmpty()
        || types.stream().anyMatch(type -> PayloadTypes.accepts(type, payload))) {
      return;
    }
    throw new UnexpectedEventException("instance \"" + record.getId() + "\" waits for the event \""
        + name + "\" with a " + String.join(" or a ", types.stream().map(Class::getName)
            .sorted().toList()) + ", never with a " + payload.getClass().getName()
        + "; nothing was changed");
  }

  /** The payload types of the plain event waits for {@code name}; null if not known. */
  private Set<Class<?>> payloadTypesFor(String entryMethod, String name) {
    List<FrameType> methods = CalledMethods.of(registry, entryMethod);
    if (methods == null) {
      return null;
    }
    Set<Class<?>> types = new HashSet<>();
    for (FrameType type : methods) {
      for (SuspensionPoint point : type.points()) {
        if (point.kind() == SuspensionPoint.Kind.FIRST_OF
            || point.kind() == SuspensionPoint.Kind.ALL_OF) {
          return null; // their waits' payload types are not recorded per name
        }
        if (point.kind() == SuspensionPoint.Kind.EVENT && name.equals(point.eventName())
            && point.eventType() != null) {
          types.add(point.eventType());
        }
      }
    }
    return types;
  }

  /** Every name the method and its callees can wait for, or null if that is not known. */
  private Set<String> namesFor(String entryMethod) {
    List<FrameType> methods = CalledMethods.of(registry, entryMethod);
    if (methods == null) {
      return null;
    }
    Set<String> names = new TreeSet<>();
    for (FrameType type : methods) {
      if (type.eventNames() == null) {
        return null;
      }
      names.addAll(type.eventNames());
    }
    return names;
  }

  private static String described(Set<String> names) {
    if (names.isEmpty()) {
      return "it waits for no events by name";
    }
    return "the events it can wait for are " + String.join(", ", names.stream()
        .map(n -> "\"" + n + "\"").toList());
  }
}
