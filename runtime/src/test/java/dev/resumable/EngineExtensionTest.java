package dev.resumable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.store.h2.H2Store;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineExtensionTest {

  @Test
  void extensionsStartWithTheEngineAndCloseFirstInReverseOrder() {
    List<String> events = new ArrayList<>();
    Engine engine = Engine.builder().store(H2Store.inMemory("extensions"))
        .onClosing(() -> events.add("engine closing"))
        .extension(e -> {
          events.add("first started");
          return () -> events.add("first closed");
        })
        .extension(e -> {
          events.add("second started");
          return () -> events.add("second closed");
        })
        .build();
    assertEquals(List.of("first started", "second started"), events);
    engine.close();
    assertEquals(List.of("first started", "second started", "second closed", "first closed",
        "engine closing"), events);
  }

  @Test
  void anExtensionThatFailsToStartClosesTheEngineAndWhatStartedBeforeIt() {
    List<String> events = new ArrayList<>();
    IllegalStateException failure = new IllegalStateException("port in use");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
        Engine.builder().store(H2Store.inMemory("failing extension"))
            .onClosing(() -> events.add("engine closing"))
            .extension(e -> () -> events.add("first closed"))
            .extension(e -> {
              throw failure;
            })
            .build());
    assertSame(failure, thrown);
    assertEquals(List.of("first closed", "engine closing"), events);
  }

  @Test
  void aFailingCloseIsReportedAndTheEngineStillCloses() {
    List<Throwable> reported = new ArrayList<>();
    List<String> events = new ArrayList<>();
    Exception failure = new Exception("could not stop");
    Engine engine = Engine.builder().store(H2Store.inMemory("failing close"))
        .onError(reported::add)
        .onClosing(() -> events.add("engine closing"))
        .extension(e -> () -> {
          throw failure;
        })
        .build();
    engine.close();
    assertEquals(List.of(failure), reported);
    assertEquals(List.of("engine closing"), events);
  }
}
