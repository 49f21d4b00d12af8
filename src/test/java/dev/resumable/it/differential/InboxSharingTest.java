package dev.resumable.it.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payload that arrives before it is awaited is kept in the inbox, stored on its own; the list it
 * holds twice is one list when it is delivered, by an engine that reads it from the store.
 */
class InboxSharingTest {

  @Test
  void aPayloadKeptInTheInboxKeepsItsSharing(@TempDir Path dir) {
    Path store = dir.resolve("inbox");
    try (Engine engine = Engine.builder().storeFile(store)
        .receiver(SharingFlows.class, new SharingFlows()).build()) {
      Resumer resumer = Resumer.on(engine);
      resumer.startArgumentsAndInboxShare("inbox", SharingFlows.sharedPair());
      Outcome<?> kept = engine.resume("inbox", "b", SharingFlows.sharedPair());
      assertEquals(List.of("b"), kept.inbox());
    }
    try (Engine engine = Engine.builder().storeFile(store)
        .receiver(SharingFlows.class, new SharingFlows()).build()) {
      Outcome<?> done = engine.resume("inbox", "a", "A");
      SharingFlows.Shared result = (SharingFlows.Shared) done.result();
      assertEquals(true, result.same(), "the payload's two lists are one list");
      assertEquals(List.of("x", "A"), result.again());
      SharingFlows.Shared stored = (SharingFlows.Shared) engine.status("inbox").result();
      assertEquals(List.of("x", "A"), stored.pair().right(), "the arguments' lists are one list");
      assertEquals(true, stored.pair().left() == stored.pair().right());
    }
  }
}
