package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.time.Duration;

/** Workflows whose event names the build knows, and one that computes them. */
public class EventNameFlows {

  static final String PARCEL = "parcel";

  /** Waits for "payment", then its callee waits for "parcel" or "lost"; its branch for "read". */
  @Resumable
  public static String dispatch(String order) {
    Branch<String> note = Await.branch(tellCustomer(order));
    int paid = Await.event("payment", Integer.class);
    String tracking = ship(order);
    return order + " paid " + paid + ", " + tracking + ", " + Await.join(note);
  }

  @Resumable
  static String ship(String order) {
    var fired = Await.first(Wait.event(PARCEL, String.class),
        Wait.event("lost", Boolean.class), Wait.timeout(Duration.ofDays(3)));
    return fired.is(PARCEL) ? "sent " + fired.value(String.class) : "not sent";
  }

  @Resumable
  public static String tellCustomer(String order) {
    return "customer read " + Await.event("read", String.class);
  }

  /** Computes the name it waits for, and says so: every name is kept for it. */
  @Resumable(computedEventNames = true)
  public static String approve(String role) {
    return Await.event("approved-by-" + role, String.class);
  }
}
