package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For-each loops over collections that are not lists, waiting in their bodies. */
public class LoopFlows {

  @Resumable
  public List<String> overASet(Set<String> names) {
    List<String> seen = new ArrayList<>();
    for (String name : names) {
      seen.add(name + Await.event("tick", Integer.class));
    }
    return seen;
  }

  @Resumable
  public List<String> overEntries(Map<String, Integer> stock) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : stock.entrySet()) {
      int extra = Await.event("extra", Integer.class);
      lines.add(entry.getKey() + "=" + (entry.getValue() + extra));
    }
    return lines;
  }

  @Resumable
  public int overValuesAndKeys(Map<String, Integer> stock) {
    int total = 0;
    for (int units : stock.values()) {
      total += units * Await.event("price", Integer.class);
    }
    for (String sku : stock.keySet()) {
      if (Await.event("skip", Boolean.class)) {
        continue;
      }
      total += sku.length();
    }
    return total;
  }

  @Resumable
  public String nestedOverSets(Set<Integer> outer, Set<String> inner) {
    String out = "";
    for (int o : outer) {
      String got = "";
      for (String i : inner) {
        got = got + o + i + Await.event("pair", String.class);
      }
      out += got + ";";
    }
    return out;
  }

  @Resumable
  public String assignedLoopVariable(Set<String> names) {
    String all = "";
    for (String name : names) {
      name = name.toUpperCase();
      all += name + Await.event("tick", Integer.class);
    }
    return all;
  }
}
