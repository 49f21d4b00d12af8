package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.DayOfWeek;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
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

  /** {@code setValue} on an entry taken again after a restart writes to the map itself. */
  @Resumable
  public Map<String, Integer> settingEntries(Map<String, Integer> stock) {
    Map<String, Integer> counted = new HashMap<>(stock);
    for (Map.Entry<String, Integer> entry : counted.entrySet()) {
      entry.setValue(entry.getValue() * Await.event("factor", Integer.class));
    }
    return counted;
  }

  @Resumable
  public List<String> overAnEnumSet(EnumSet<DayOfWeek> days) {
    List<String> log = new ArrayList<>();
    Deque<DayOfWeek> later = new ArrayDeque<>();
    for (DayOfWeek day : days) {
      if (Await.event("now", Boolean.class)) {
        log.add(day.name());
      } else {
        later.addFirst(day);
      }
    }
    for (DayOfWeek day : later) {
      log.add(day + "@" + Await.event("at", Integer.class));
    }
    return log;
  }
}
