package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/**
 * Generic callees that keep values typed by their type variables across waits: each call states
 * what {@code T} is, and the callee's frame stores and restores its {@code T}-typed locals by
 * that type, however many callers pass it down.
 */
public class GenericFlows {

  public record Parcel(String label, List<Integer> weights) {}

  /** {@code v} is live across the wait, typed {@code T}. */
  @Resumable
  <T> T echo(T v) {
    int tick = Await.event("tick", Integer.class);
    return tick >= 0 ? v : null;
  }

  @Resumable
  public int echoInteger() {
    return echo(41) + 1;
  }

  @Resumable
  public String echoString() {
    return echo("ab") + echo("cd");
  }

  /** The list is kept by the caller and by the callee: one list, changed after the call. */
  @Resumable
  public IdentityFlows.Shared<List<Integer>> echoList() {
    List<Integer> numbers = new ArrayList<>(List.of(3, 1, 2));
    List<Integer> back = echo(numbers);
    back.add(Await.event("more", Integer.class));
    return new IdentityFlows.Shared<>(numbers, numbers == back);
  }

  @Resumable
  public Parcel echoRecord() {
    Parcel parcel = echo(new Parcel("box", List.of(5, 7)));
    return new Parcel(parcel.label() + "!", parcel.weights());
  }

  /** Keeps its own {@code T}-typed local across a wait and passes {@code T} on to echo. */
  @Resumable
  <T> T relay(T v) {
    T got = echo(v);
    Await.event("tick", Integer.class);
    return got;
  }

  /** A {@code List<T>} kept across calls that wait, typed by the callee's own T. */
  @Resumable
  <T> List<T> twice(T v) {
    List<T> pair = new ArrayList<>();
    pair.add(relay(v));
    pair.add(echo(v));
    return pair;
  }

  @Resumable
  public List<Parcel> nestedChain() {
    return twice(new Parcel("crate", List.of(1)));
  }

  @Resumable
  public List<List<String>> nestedChainOfLists() {
    List<String> words = new ArrayList<>(List.of("x"));
    List<List<String>> both = twice(words);
    words.add("shared");
    return both;
  }
}
