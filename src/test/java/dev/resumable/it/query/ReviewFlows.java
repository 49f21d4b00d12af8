package dev.resumable.it.query;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import dev.resumable.Step;
import dev.resumable.Workflow;
import dev.resumable.codec.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** A document review that tells the outside world how far it has got, and who it is. */
public class ReviewFlows {

  /** Reply addresses handed to a mail service, by the instance that asked. */
  public final List<String> replyAddresses = new ArrayList<>();

  @Step
  public void askForReview(String document) {
    replyAddresses.add("reviews+" + Workflow.instanceId() + "@example.com for " + document);
  }

  @Resumable
  public String review(String document, int reviewers) {
    Workflow.expose("stage", String.class, "waiting for " + reviewers + " reviews");
    askForReview(document);
    List<String> verdicts = new ArrayList<>();
    while (verdicts.size() < reviewers) {
      verdicts.add(Await.event("verdict", String.class));
      // Only this copy is exposed: the local goes on changing, the exposed value does not.
      Workflow.expose("verdicts", new TypeRef<List<String>>() {}, List.copyOf(verdicts));
    }
    Workflow.expose("stage", String.class, "reviewed");
    return document + " reviewed by " + Workflow.instanceId() + ": " + verdicts;
  }

  @Resumable
  public String reviewInParallel(String document) {
    Branch<String> first = Await.branch(ownId());
    Branch<String> second = Await.branch(ownId());
    return Workflow.instanceId() + " ran " + Await.join(first) + " and " + Await.join(second);
  }

  @Resumable
  public String ownId() {
    String id = Workflow.instanceId();
    Await.sleep(java.time.Duration.ofMinutes(1));
    return id;
  }
}
