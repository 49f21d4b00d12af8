package dev.resumable.it.signal;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A shopping cart that the first "add" creates: senders never ask whether it exists. */
public class CartFlows {

  @Resumable
  public List<String> collect(String customer, int count) {
    List<String> items = new ArrayList<>();
    while (items.size() < count) {
      items.add(Await.event("add", String.class));
    }
    return items;
  }

  @Resumable
  public String welcomeFirst(String customer) {
    Await.sleep(Duration.ofMinutes(5));
    return customer + " got " + Await.event("add", String.class);
  }
}
