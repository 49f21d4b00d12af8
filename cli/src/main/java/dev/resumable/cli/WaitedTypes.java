package dev.resumable.cli;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.resumable.proto.AllOfWait;
import dev.resumable.proto.EventWait;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.WaitCondition;
import dev.resumable.store.StoredInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a stored instance waits for now, each with its payload's class name: what a JSON
 * payload given on the command line is decoded to. Only reads; the engine checks the record
 * again when it delivers.
 */
final class WaitedTypes {

  private WaitedTypes() {}

  static List<EventWait> of(StoredInstance stored) {
    InstanceRecord record;
    try {
      record = InstanceRecord.parseFrom(stored.state());
    } catch (InvalidProtocolBufferException e) {
      throw new CliException(ExitCode.UNREADABLE, "instance \"" + stored.id() + "\" cannot be"
          + " read: its stored state is not a valid instance record");
    }
    WaitCondition wait = record.getWait();
    List<EventWait> events = new ArrayList<>();
    switch (wait.getKindCase()) {
      case EVENT -> events.add(wait.getEvent());
      case FIRST -> events.addAll(wait.getFirst().getEventsList());
      case ALL -> {
        AllOfWait all = wait.getAll();
        for (int i = 0; i < all.getEventsCount(); i++) {
          if (!all.getArrived(i)) {
            events.add(all.getEvents(i));
          }
        }
      }
      default -> { } // a timer, or nothing: no event to decode for
    }
    return events;
  }

  /** The payload class of the event {@code name} the instance waits for; null if it does not. */
  static String ofEvent(StoredInstance stored, String name) {
    for (EventWait event : of(stored)) {
      if (event.getName().equals(name)) {
        return event.getType();
      }
    }
    return null;
  }
}
