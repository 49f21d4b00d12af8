package dev.resumable.it.pojo;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** A workflow that takes a JavaBean, waits for one, and keeps both across waits and restarts. */
public class ClaimFlows {

  @Resumable
  public static String settle(Claim claim) {
    Claim same = claim; // two locals, one object: changes through one show through the other
    boolean approved = Await.event("approval", Boolean.class);
    Assessment assessment = Await.event("assessment", Assessment.class);
    same.getNotes().add("assessed by " + assessment.assessor);
    same.setStatus(approved ? "granted " + assessment.granted : "refused");
    return claim.getStatus() + " to " + claim.getCustomer() + ", " + claim.getNotes()
        + (claim == same ? ", one claim" : ", two claims");
  }
}
