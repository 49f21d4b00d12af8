package dev.resumable.it.hello;

import dev.resumable.Resumable;
import dev.resumable.Step;
import java.util.ArrayList;
import java.util.List;

/** HelloActivityExclusiveChoice: which activity runs depends on the data, by a plain switch. */
public class HelloActivityExclusiveChoice {

  public enum Fruit { APPLE, BANANA, CHERRY }

  /** The order service: one step per kind of fruit. */
  public static class Orders {
    final List<String> placed;

    public Orders(List<String> placed) {
      this.placed = placed;
    }

    @Step
    public String orderApples(int amount) {
      placed.add("apples " + amount);
      return "ordered " + amount + " apples";
    }

    @Step
    public String orderBananas(int amount) {
      placed.add("bananas " + amount);
      return "ordered " + amount + " bananas";
    }

    @Step
    public String orderCherries(int amount) {
      placed.add("cherries " + amount);
      return "ordered " + amount + " cherries";
    }
  }

  final Orders orders;

  public HelloActivityExclusiveChoice(Orders orders) {
    this.orders = orders;
  }

  @Resumable
  public List<String> orderFruit(List<Fruit> basket) {
    List<String> confirmations = new ArrayList<>();
    for (Fruit fruit : basket) {
      switch (fruit) {
        case APPLE -> confirmations.add(orders.orderApples(5));
        case BANANA -> confirmations.add(orders.orderBananas(3));
        case CHERRY -> confirmations.add(orders.orderCherries(10));
        default -> throw new IllegalArgumentException("no such fruit: " + fruit);
      }
    }
    return confirmations;
  }
}
