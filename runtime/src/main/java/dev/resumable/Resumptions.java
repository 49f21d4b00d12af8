package dev.resumable;

import dev.resumable.codec.Codec;
import dev.resumable.codec.Codecs;
import dev.resumable.machine.Step;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.Resumption;
import dev.resumable.proto.TimerFired;
import java.util.function.Supplier;

/**
 * What a step continues a waiting instance with, in the form a checkpoint keeps it for a retry.
 * Each is built only if the step fails: encoding a payload on every resume would cost every
 * instance what only failed ones need.
 */
final class Resumptions {

  /** Nothing that a retry could hand the instance again. */
  static final Supplier<Resumption> NONE = () -> null;

  static final Supplier<Resumption> STEP = () -> Resumption.newBuilder().setStep(true).build();

  private Resumptions() {}

  /**
   * What {@code payload} is as the engine hands it to a wait: a {@link Fired} of a first-of, the
   * {@link Step.Collected} values of an all-of, null for a timer, or the payload of event {@code
   * name} (null where the wait tells it).
   */
  static Supplier<Resumption> of(String name, Object payload) {
    if (payload instanceof Fired fired) {
      return fired.value() == null ? timer(fired.name()) : event(fired.name(), fired.value());
    }
    if (payload instanceof Step.Collected) {
      return () -> Resumption.newBuilder().setAllOf(true).build();
    }
    if (payload == null || name == null) {
      return timer("");
    }
    return event(name, payload);
  }

  static Supplier<Resumption> thrown(Throwable thrown) {
    return () -> Resumption.newBuilder().setThrown(Failure.toRecord(thrown)).build();
  }

  private static Supplier<Resumption> timer(String name) {
    return () -> Resumption.newBuilder().setTimer(TimerFired.newBuilder().setName(name)).build();
  }

  /** Encoded as an inbox keeps an event; a payload the codecs refuse is not kept. */
  private static Supplier<Resumption> event(String name, Object payload) {
    return () -> {
      Codec<Object> codec;
      try {
        codec = Codecs.forType(payload.getClass());
        return Resumption.newBuilder().setEvent(InboxEvent.newBuilder().setName(name)
            .setType(payload.getClass().getName()).setPayload(codec.encode(payload))).build();
      } catch (RuntimeException e) {
        return null;
      }
    };
  }
}
