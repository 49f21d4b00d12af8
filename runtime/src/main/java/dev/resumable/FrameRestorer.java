package dev.resumable;

import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.Machine;
import dev.resumable.machine.RestoreException;
import dev.resumable.proto.InstanceRecord;
import java.util.Map;

/** Rebuilds a stored instance's stack of frames, each on the receiver registered for its class. */
final class FrameRestorer {

  private final FrameRegistry registry;
  private final Map<Class<?>, Object> receivers;

  FrameRestorer(FrameRegistry registry, Map<Class<?>, Object> receivers) {
    this.registry = registry;
    this.receivers = Map.copyOf(receivers);
  }

  /** The stack {@code record} stopped with; an instance this build cannot restore is unreadable. */
  Machine.Stack restore(InstanceRecord record) {
    try {
      return Machine.restore(record.getFramesList(), record.getObjectsList(), registry,
          this::receiver);
    } catch (RestoreException e) {
      throw new UnreadableInstanceException(record.getId(), e.getMessage(), e.incompatible(), e);
    }
  }

  <T> T receiver(Class<T> type) {
    Object receiver = receivers.get(type);
    if (receiver == null) {
      throw new MissingReceiverException(type);
    }
    return type.cast(receiver);
  }
}
