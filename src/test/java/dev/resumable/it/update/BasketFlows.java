package dev.resumable.it.update;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import dev.resumable.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A basket that answers every change with how many items it holds. */
public class BasketFlows {

  @Resumable
  public List<String> basket(String customer) {
    List<String> items = new ArrayList<>();
    Workflow.expose("size", Integer.class, 0);
    while (true) {
      Fired change = Await.first(Wait.event("add", String.class),
          Wait.event("checkout", Boolean.class));
      if (change.is("checkout")) {
        Workflow.answer("checked out " + items.size() + " items");
        return items;
      }
      items.add(change.value(String.class));
      Workflow.expose("size", Integer.class, items.size());
      Workflow.answer(items.size());
    }
  }

  @Resumable
  public String opensLater(String customer) {
    Await.sleep(Duration.ofHours(1));
    return Await.event("add", String.class);
  }

  @Resumable
  public String forgetsToAnswer(String customer) {
    return Await.event("add", String.class);
  }
}
