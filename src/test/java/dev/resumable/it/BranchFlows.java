package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Workflows that start branches and join them: all, any, in order, with failures. */
public class BranchFlows {

  /** Cleanups that ran, in order; receivers are not stored, so this is per engine unless given. */
  final List<String> cleanups;

  public BranchFlows() {
    this(new ArrayList<>());
  }

  /** Receivers that record their cleanups in one list, across engines. */
  BranchFlows(List<String> cleanups) {
    this.cleanups = cleanups;
  }

  /** Banks asked, by this receiver. */
  final List<String> asked = new ArrayList<>();

  /** Three branches at once: one waits for an event, one for a timer, one ends at once. */
  @Resumable
  public String fulfil(String order) {
    Branch<String> stock = Await.branch(reserve(order));
    Branch<Integer> charge = Await.branch(charge(order, 30));
    Branch<String> note = Await.branch(tell(order));
    String reserved = Await.join(stock);
    int charged = Await.join(charge);
    return reserved + "; charged " + charged + "; " + Await.join(note);
  }

  @Resumable
  public String reserve(String order) {
    try {
      String shelf = Await.event("stock", String.class);
      return order + " from " + shelf;
    } finally {
      cleanups.add("reserve " + order + " ended");
    }
  }

  @Resumable
  public int charge(String order, int amount) {
    if (amount <= 0) {
      throw new IllegalArgumentException("nothing to charge for " + order);
    }
    return amount;
  }

  @Resumable
  public String tell(String order) {
    Await.sleep(Duration.ofMinutes(5));
    return "told buyer of " + order;
  }

  /**
   * A void method started as a branch, in a lambda that is just its call: the join returns once
   * it has ended, and throws if it failed.
   */
  @Resumable
  public String remind(String order, int days) {
    Branch<Void> reminders = Await.branch(() -> sendReminders(order, days));
    String paid = Await.event("paid", String.class);
    try {
      Await.join(reminders);
      return paid + " after " + days + " reminders";
    } catch (IllegalArgumentException e) {
      return paid + " without reminders: " + e.getMessage();
    }
  }

  @Resumable
  public void sendReminders(String order, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("cannot remind " + order + " " + days + " times");
    }
    for (int day = 1; day <= days; day++) {
      Await.sleep(Duration.ofDays(1));
      asked.add("reminder " + day + " for " + order);
    }
  }

  /** One branch per part, in a loop, joined all at once: results in the order of the list. */
  @Resumable
  public List<Integer> fanOut(int parts) {
    List<Branch<Integer>> branches = new ArrayList<>();
    for (int i = 1; i <= parts; i++) {
      branches.add(Await.branch(measure(i)));
    }
    return Await.joinAll(branches);
  }

  @Resumable
  public int measure(int part) {
    int reading = Await.event("reading", Integer.class);
    if (reading < 0) {
      throw new IllegalStateException("part " + part + " could not be measured");
    }
    return part * 100 + reading;
  }

  /** A branch's exception, caught where it is joined. */
  @Resumable
  public String guarded(String order) {
    Branch<Integer> bank = Await.branch(authorise(order));
    try {
      return "authorised " + Await.join(bank);
    } catch (PaymentDeclined e) {
      return "declined: " + e.getMessage();
    }
  }

  @Resumable
  public int authorise(String order) {
    asked.add(order);
    String answer = Await.event("bank", String.class);
    if (answer.equals("no")) {
      throw new PaymentDeclined("the bank refused " + order);
    }
    return answer.length();
  }

  /** Whichever quote comes first. */
  @Resumable
  public String cheapest(String item) {
    List<Branch<String>> quotes = List.of(Await.branch(quote(item, "north")),
        Await.branch(quote(item, "south")));
    return Await.joinAny(quotes);
  }

  @Resumable
  public String quote(String item, String supplier) {
    int price = Await.event("price", Integer.class);
    return supplier + " sells " + item + " for " + price;
  }

  /** A branch that is never joined: cancelled when its parent ends. */
  @Resumable
  public String forgetful(String order) {
    Await.branch(reserve(order));
    return Await.event("done", String.class);
  }

  /** Branches started and joined down the call stack belong to the instance all the same. */
  @Resumable
  public String outer(String order) {
    return "outer got " + inner(order);
  }

  @Resumable
  public String inner(String order) {
    Branch<Integer> bank = Await.branch(authorise(order));
    return "inner joined " + Await.join(bank);
  }

  /** A branch started by a later step, after an event, not by the first one. */
  @Resumable
  public String afterGo(String order) {
    String go = Await.event("go", String.class);
    Branch<Integer> bank = Await.branch(authorise(order));
    return go + ": authorised " + Await.join(bank);
  }

  /** A supplier's quote, ready after {@code minutes}; says when it stops, however it stops. */
  @Resumable
  public String quote(String supplier, int minutes) {
    try {
      Await.sleep(Duration.ofMinutes(minutes));
      return supplier + " quotes " + minutes * 10;
    } finally {
      cleanups.add(supplier + " closed");
    }
  }

  /** The first quote wins; the others are cancelled while this instance goes on. */
  @Resumable
  public String firstQuote(String order) {
    List<Branch<String>> quotes = new ArrayList<>();
    quotes.add(Await.branch(quote("acme", 5)));
    quotes.add(Await.branch(quote("globex", 30)));
    quotes.add(Await.branch(quote("initech", 60)));
    String first = Await.joinAny(quotes);
    quotes.forEach(Branch::cancel); // the winner has ended: cancelling it does nothing
    Await.sleep(Duration.ofHours(1));
    return order + ": " + first;
  }

  @Resumable
  public String cancelThenJoin(String order) {
    Branch<String> slow = Await.branch(quote("umbrella", 60));
    slow.cancel();
    try {
      return Await.join(slow);
    } catch (dev.resumable.CancelledException e) {
      return order + ": " + e.getMessage();
    }
  }

  /** Its cleanup waits for an event: a second cancel must not cut it short. */
  @Resumable
  public String cleanupThatWaits(String order) {
    try {
      return Await.event("go", String.class);
    } finally {
      cleanups.add("released " + Await.event("released", String.class));
    }
  }

  /** Cancels a branch that is not its own: a bug in the workflow. */
  @Resumable
  public String cancelOthers(String order) {
    new Branch<String>("someone-else/1", "m").cancel();
    return Await.event("go", String.class);
  }
}
