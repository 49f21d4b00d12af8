package dev.resumable.spring.app;

import dev.resumable.Await;
import dev.resumable.Engine;
import dev.resumable.Resumable;

/** A workflow class that wrongly depends on the engine its workflows run in. */
public class EngineUser {

  final Engine engine;

  public EngineUser(Engine engine) {
    this.engine = engine;
  }

  @Resumable
  public String waitForIt() {
    return Await.event("it", String.class);
  }
}
