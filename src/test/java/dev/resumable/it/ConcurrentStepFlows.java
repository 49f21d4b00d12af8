package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import dev.resumable.Step;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Two quotes asked at once, each a branch whose first act is a durable step. Each step waits at
 * a barrier for the other: they pass only if both run at the same time.
 */
public class ConcurrentStepFlows {

  final CyclicBarrier bothRunning = new CyclicBarrier(2);

  @Step(maxAttempts = 1)
  public String quote(String supplier) throws Exception {
    bothRunning.await(30, TimeUnit.SECONDS);
    return supplier + " quotes 10";
  }

  @Resumable
  public String ask(String supplier) throws Exception {
    return quote(supplier);
  }

  @Resumable
  public String bothQuotes(String order) throws Exception {
    Branch<String> acme = Await.branch(ask("acme"));
    Branch<String> globex = Await.branch(ask("globex"));
    return order + ": " + Await.join(acme) + ", " + Await.join(globex);
  }
}
