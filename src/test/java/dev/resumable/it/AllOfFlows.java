package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.time.Duration;
import java.util.List;

/** Waiting until all of several events have arrived, and a cooling-off period has passed. */
public class AllOfFlows {

  @Resumable
  public String approvals(String request) {
    List<Object> got = Await.all(Wait.event("legal", String.class),
        Wait.event("budget", Integer.class), Wait.timeout(Duration.ofDays(1)));
    return request + ": legal " + got.get(0) + ", budget " + got.get(1) + ", waited " + got.get(2);
  }
}
