package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/**
 * Sharing inside values stored on their own: an event payload that holds one list twice, and a
 * result that holds that list three times.
 */
public class SharingFlows {

  public record Pair(List<String> left, List<String> right) {}

  public record Shared(Pair pair, boolean same, List<String> again) {}

  /** A payload whose two lists are one list. */
  public static Pair sharedPair() {
    List<String> list = new ArrayList<>(List.of("x"));
    return new Pair(list, list);
  }

  @Resumable
  public Shared payloadAndResultShare() {
    Pair pair = Await.event("a", Pair.class);
    pair.left().add("after a");
    String b = Await.event("b", String.class);
    pair.right().add(b);
    return new Shared(pair, pair.left() == pair.right(), pair.left());
  }

  /** Start arguments that share a list, and a payload kept in the inbox before it is awaited. */
  @Resumable
  public Shared argumentsAndInboxShare(Pair start) {
    String a = Await.event("a", String.class);
    start.left().add(a);
    Pair early = Await.event("b", Pair.class);
    early.left().add(a);
    return new Shared(start, early.left() == early.right(), early.right());
  }
}
