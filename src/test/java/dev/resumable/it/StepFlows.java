package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Step;
import dev.resumable.Workflow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Durable steps: a payment gateway whose calls are counted outside every engine. */
public class StepFlows {

  /** What the outside world saw; it outlives restarts, as a payment provider would. */
  public static final class World {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> keys = new CopyOnWriteArrayList<>();
    /** How many more attempts of each step fail, and with what, by step name. */
    final Map<String, List<Exception>> failures = new ConcurrentHashMap<>();
    /** Released only if a test wants a blocked attempt to finish. */
    final CountDownLatch never = new CountDownLatch(1);
    final List<String> interrupted = new CopyOnWriteArrayList<>();
    // The abandoned attempt records its interrupt on its own thread, after the engine has gone on.
    final CountDownLatch interruptRecorded = new CountDownLatch(1);

    void failNext(String step, Exception... thrown) {
      failures.put(step, new CopyOnWriteArrayList<>(List.of(thrown)));
    }

    void call(String step, String what) throws Exception {
      calls.add(what);
      keys.add(Workflow.step().idempotencyKey() + "#" + Workflow.step().attempt());
      List<Exception> pending = failures.get(step);
      if (pending != null && !pending.isEmpty()) {
        throw pending.remove(0);
      }
    }
  }

  final World world;

  public StepFlows(World world) {
    this.world = world;
  }

  @Step(maxAttempts = 4, initialBackoff = "PT10S", backoffMultiplier = 3, maxBackoff = "PT1M",
      doNotRetry = PaymentDeclined.class)
  public BigDecimal charge(String order, BigDecimal amount) throws Exception {
    world.call("charge", "charge " + order + " " + amount);
    return amount.negate();
  }

  @Step(maxAttempts = 1)
  public void notifyCustomer(String order, String text) throws Exception {
    world.call("notify", "notify " + order + ": " + text);
  }

  @Step(maxAttempts = 3, initialBackoff = "PT1S", attemptTimeout = "PT0.2S")
  public String slow(String order) throws Exception {
    world.call("slow", "slow " + order);
    if (Workflow.step().attempt() == 1) {
      try {
        world.never.await(1, TimeUnit.HOURS);
      } catch (InterruptedException e) {
        world.interrupted.add(order);
        world.interruptRecorded.countDown();
        throw e;
      }
    }
    return "fast at attempt " + Workflow.step().attempt();
  }

  @Step
  public static String label(String order) {
    return "order " + order;
  }

  /** Never succeeds: its attempts stop at the deadline, five seconds after the first. */
  @Step(maxAttempts = 10, initialBackoff = "PT2S", backoffMultiplier = 1, deadline = "PT5S")
  public String unreachable(String order) throws Exception {
    world.call("unreachable", "unreachable " + order);
    throw new IOException("no answer for " + order);
  }

  @Resumable
  public String tryUntilDeadline(String order) {
    try {
      return unreachable(order);
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @Resumable
  public String pay(String order, BigDecimal amount) throws Exception {
    BigDecimal balance = charge(order, amount);
    String shipped = Await.event("shipped", String.class);
    return order + " " + balance + " " + shipped;
  }

  @Resumable
  public String payOrExplain(String order, BigDecimal amount) {
    try {
      return "paid " + charge(order, amount);
    } catch (PaymentDeclined e) {
      return "declined: " + e.getMessage();
    } catch (IOException e) {
      return "gave up: " + e.getMessage();
    } catch (Exception e) {
      return "other: " + e;
    }
  }

  @Resumable
  public List<String> notifyAll(String order, List<String> texts) throws Exception {
    List<String> done = new ArrayList<>();
    for (String text : texts) {
      notifyCustomer(order, text);
      done.add(label(order) + ": " + text);
    }
    return done;
  }

  @Resumable
  public String timed(String order) throws Exception {
    return slow(order);
  }
}
