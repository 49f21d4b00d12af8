package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Step;
import dev.resumable.Wait;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Orders that fail until a fix is deployed. The fix is the receiver's: a workflow runs on the
 * object registered when it resumes, so an engine built with {@code Release.fixed} stands for
 * the next build of the application.
 */
public class RetryFlows {

  /** What the application's deployment is; it outlives restarts, as a deployment does. */
  public static final class Release {
    volatile boolean fixed;
    final List<String> charges = new CopyOnWriteArrayList<>();
  }

  final Release release;

  public RetryFlows(Release release) {
    this.release = release;
  }

  String receipt(String orderId, int amount) {
    if (!release.fixed) {
      throw new IllegalStateException("no receipt template for " + orderId,
          new IllegalArgumentException("template \"receipt\" missing"));
    }
    return "receipt " + orderId + " " + amount;
  }

  @Resumable
  public String checkout(String orderId) {
    int amount = Await.event("payment", Integer.class);
    String receipt = receipt(orderId, amount);
    Await.sleep(Duration.ofHours(1));
    return receipt + " shipped";
  }

  @Resumable
  public String nudge(String orderId) {
    Await.sleep(Duration.ofDays(1));
    return receipt(orderId, 0) + " reminded";
  }

  @Resumable
  public String checkoutWithin(String orderId) {
    Fired fired = Await.first(Wait.event("payment", Integer.class),
        Wait.timeout(Duration.ofHours(2)));
    return receipt(orderId, fired.timedOut() ? -1 : fired.value(Integer.class));
  }

  @Step(maxAttempts = 2, initialBackoff = "PT1S")
  public String charge(String orderId) {
    release.charges.add(orderId);
    if (!release.fixed) {
      throw new IllegalStateException("card gateway rejects " + orderId);
    }
    return "charged " + orderId;
  }

  @Resumable
  public String settle(String orderId) {
    boolean go = Await.event("go", Boolean.class);
    return charge(orderId) + (go ? " now" : "");
  }

  @Resumable
  public String failAtOnce(String orderId) {
    return receipt(orderId, 1);
  }
}
