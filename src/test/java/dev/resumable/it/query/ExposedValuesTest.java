package dev.resumable.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.NoSuchInstanceException;
import dev.resumable.codec.TypeRef;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Queries of what a running workflow exposes, and the instance's own id, across a restart at
 * every suspension: what a query returns is what the last step committed.
 */
class ExposedValuesTest {

  private static final TypeRef<List<String>> VERDICTS = new TypeRef<>() {};

  final ReviewFlows flows = new ReviewFlows();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(ReviewFlows.class, () -> flows)
      .restartingAtEverySuspension();

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void aQueryReadsWhatTheLastCommitExposed() {
    resumer().startReview("doc-1", "spec.md", 2);
    assertEquals(Optional.of("waiting for 2 reviews"), resumer().exposed("doc-1", "stage",
        String.class));
    assertEquals(Optional.empty(), resumer().exposed("doc-1", "verdicts", VERDICTS));

    kit.restart();
    resumer().resume("doc-1", "verdict", "ann: approve");
    assertEquals(Optional.of(List.of("ann: approve")), resumer().exposedVerdicts("doc-1"));
    kit.restart();
    String result = (String) resumer().resume("doc-1", "verdict", "bob: approve").result();

    assertEquals("spec.md reviewed by doc-1: [ann: approve, bob: approve]", result);
    // An ended instance still answers with what it exposed last.
    assertEquals(Optional.of("reviewed"), resumer().exposedStage("doc-1"));
    assertEquals(Optional.of(List.of("ann: approve", "bob: approve")),
        kit.engine().exposed("doc-1", "verdicts", VERDICTS));
  }

  @Test
  void aStepKnowsItsInstanceIdToHandOutAsAReplyAddress() {
    resumer().startReview("doc-2", "plan.md", 1);

    assertEquals(List.of("reviews+doc-2@example.com for plan.md"), flows.replyAddresses);
  }

  @Test
  void aBranchHasItsOwnIdAndItsParentKeepsHis() {
    resumer().startReviewInParallel("doc-3", "notes.md");
    kit.advance(Duration.ofMinutes(1));

    kit.assertThat("doc-3").isCompletedWith("doc-3 ran doc-3/1 and doc-3/2");
  }

  @Test
  void askingForAnotherTypeOrAnUnknownNameIsRefusedNamingWhatItHas() {
    resumer().startReview("doc-4", "x.md", 1);

    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> resumer().exposed("doc-4", "stage", Integer.class));
    assertEquals("instance \"doc-4\" exposes \"stage\" as java.lang.String, not as"
        + " java.lang.Integer: ask for it as java.lang.String", wrong.getMessage());
    assertThrows(NoSuchInstanceException.class,
        () -> resumer().exposed("nobody", "stage", String.class));
    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
        () -> resumer().exposed("doc-4", "stag", String.class));
    assertEquals("instance \"doc-4\" never exposes \"stag\": the names it exposes are"
        + " \"stage\", \"verdicts\"; check the name", typo.getMessage());
    IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
        () -> resumer().exposed("doc-4", null, String.class));
    assertTrue(badName.getMessage().contains("name"), badName.getMessage());
  }
}
