package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/** Instances that are cancelled, receive events twice, or run by the thousand. */
public class LifecycleFlows {

  /** Cleanups that ran, in order; receivers are not stored, so this is per engine. */
  final List<String> cleanups = new ArrayList<>();

  @Resumable
  public String cancellable(String order) {
    try {
      try {
        Await.event("shipped", String.class);
        return "shipped";
      } finally {
        cleanups.add("release stock of " + order);
      }
    } finally {
      cleanups.add("refund " + order);
    }
  }

  @Resumable
  public int counter() {
    int total = 0;
    while (true) {
      int n = Await.event("add", Integer.class);
      if (n == 0) {
        return total;
      }
      total += n;
    }
  }
}
