package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/** Classes, records, enums and interfaces declared in a method that waits. */
public class LocalTypeFlows {

  int bonus = 100;

  @Resumable
  public List<String> localTypes(int start) {
    record Line(String sku, int units) {
      int doubled() {
        return units * 2;
      }
    }
    enum Size { SMALL, LARGE }
    interface Priced {
      int price(int units);
    }
    class Bonus {
      int add(int x) {
        return x + bonus;
      }
    }
    List<String> out = new ArrayList<>();
    int first = new Line("pen", start).doubled();
    int units = Await.event("units", Integer.class);
    Line line = new Line("ink", units);
    Priced priced = u -> u * 3;
    Size size = line.units() > 5 ? Size.LARGE : Size.SMALL;
    out.add(line + " " + size + " " + priced.price(first) + " " + new Bonus().add(units));
    int ordinal = size.ordinal();
    out.add(Await.event("note", String.class) + ordinal);
    return out;
  }
}
