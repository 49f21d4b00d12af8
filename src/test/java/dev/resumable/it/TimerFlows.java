package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Durable timers. */
public class TimerFlows {

  /** Which instances woke, in order; receivers are not stored, so this is per engine. */
  final List<String> woke = new CopyOnWriteArrayList<>();
  final CountDownLatch finished = new CountDownLatch(1);
  final CountDownLatch wokeOnce = new CountDownLatch(1);

  @Resumable
  public String remindLater(String who, Duration delay) {
    Await.sleep(delay);
    woke.add(who);
    wokeOnce.countDown();
    String answer = Await.event("answer", String.class);
    return who + " answered " + answer;
  }

  @Resumable
  public String untilPast(Instant moment) {
    Await.until(moment);
    return "went on";
  }

  @Resumable
  public String shortNap() {
    Await.sleep(Duration.ofMillis(150));
    finished.countDown();
    return "rested";
  }
}
