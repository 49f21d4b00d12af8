package dev.resumable;

import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.Machine;
import dev.resumable.machine.RestoreException;
import dev.resumable.proto.InstanceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a checked stored record into an {@link Inspection}, running nothing. */
final class Inspector {

  private final FrameRegistry registry;
  private final InstanceRecords records;

  Inspector(FrameRegistry registry, InstanceRecords records) {
    this.registry = registry;
    this.records = records;
  }

  Inspection inspect(InstanceRecord record) {
    String id = record.getId();
    Status status = InstanceRecords.status(record);
    List<Inspection.Frame> frames = new ArrayList<>();
    String waitingFor = null;
    if (status == Status.WAITING) {
      waitingFor = records.outcome(record, null).waitingFor();
      try {
        for (Machine.FrameView view : Machine.inspect(record.getFramesList(),
            record.getObjectsList(), registry)) {
          FrameType type = view.type();
          frames.add(new Inspection.Frame(type.className(), type.methodName(),
              type.sourceFile(), view.point().line(), view.point().id(), view.locals()));
        }
      } catch (RestoreException e) {
        return Inspection.unreadable(id,
            new UnreadableInstanceException(id, e.getMessage(), e.incompatible(), e));
      }
    }
    return new Inspection(id, status, waitingFor,
        Instant.ofEpochMilli(record.getUpdatedAtEpochMillis()), frames);
  }
}
