package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.concurrent.CountDownLatch;

/** A step that holds still until the test lets it go, to close the engine meanwhile. */
public class ShutdownFlows {

  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  @Resumable
  public String twoSteps() {
    String first = Await.event("go", String.class);
    holdUntilReleased();
    String second = Await.event("next", String.class);
    return first + second;
  }

  void holdUntilReleased() {
    entered.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
