package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.List;

/** Generic methods, overloads, inner classes and exceptions held across waits. */
public class MoreFlows {

  /** A checked-free custom exception that a catch clause names. */
  public static class Declined extends RuntimeException {
    public Declined(String message) {
      super(message);
    }
  }

  /** Generic: values of type T are dead at the wait. */
  @Resumable
  public <T> int countAfterApproval(List<T> items) {
    int count = items.size();
    String verdict = Await.event("approve", String.class);
    return verdict.equals("yes") ? count : -count;
  }

  /** Calls the generic method, which waits. */
  @Resumable
  public int callsGeneric() {
    return countAfterApproval(List.of("a", "b", "c")) * 10;
  }

  @Resumable
  public String greet(String name) {
    return Await.event("greeting", String.class) + " " + name;
  }

  @Resumable
  public String greet(int times) {
    String greeting = Await.event("greeting", String.class);
    return greeting.repeat(times);
  }

  /** A caught JDK exception is rethrown after a wait and caught again outside. */
  @Resumable
  public String rethrowAfterWait() {
    try {
      try {
        Integer.parseInt(Await.event("n", String.class));
        return "parsed";
      } catch (NumberFormatException e) {
        Await.event("pause", String.class);
        throw e;
      }
    } catch (NumberFormatException again) {
      return "caught again: " + again.getMessage();
    }
  }

  /** A custom exception held across a wait keeps its class. */
  @Resumable
  public String customExceptionAcrossWait() {
    try {
      try {
        if (Await.event("pay", Boolean.class)) {
          return "paid";
        }
        throw new Declined("card expired");
      } finally {
        Await.event("audit", String.class);
      }
    } catch (Declined declined) {
      return declined.getClass().getSimpleName() + ": " + declined.getMessage();
    }
  }

  /** A workflow declared in an inner class. */
  public class Inner {
    @Resumable
    public String innerWait(String prefix) {
      return prefix + Await.event("x", String.class);
    }
  }
}
