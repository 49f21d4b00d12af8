package dev.resumable.it.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.UnexpectedEventException;
import dev.resumable.UpdateRejectedException;
import dev.resumable.WorkflowArgumentException;
import dev.resumable.testkit.WorkflowTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Updates: validated, taken at a wait, answered once their step has committed, and answered
 * again from the store when asked with the same id, across a restart at every suspension.
 */
class UpdatesTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(BasketFlows.class, BasketFlows::new)
      .configure(builder -> builder.updateValidator("add", (id, item) -> {
        if (((String) item).isBlank()) {
          throw new IllegalArgumentException("an item needs a name");
        }
      }))
      .restartingAtEverySuspension();

  private Engine engine() {
    return kit.engine();
  }

  @Test
  void anUpdateIsAnsweredOnceItsStepHasCommitted() {
    Resumer.on(engine()).startBasket("b1", "ann");

    assertEquals(1, engine().update("b1", "add", "tea", "u-1", Integer.class));
    assertEquals(2, engine().update("b1", "add", "jam", "u-2", Integer.class));
    assertEquals(Integer.valueOf(2), engine().exposed("b1", "size", Integer.class).orElseThrow());
    assertEquals("checked out 2 items",
        engine().update("b1", "checkout", true, "u-3", String.class));

    kit.assertThat("b1").isCompletedWith(List.of("tea", "jam"));
  }

  @Test
  void askingAgainWithTheSameIdAfterARestartReturnsTheAnswerAndAppliesNothing() {
    Resumer.on(engine()).startBasket("b2", "bob");
    assertEquals(1, engine().update("b2", "add", "tea", "u-1", Integer.class));
    kit.restart(); // as after a crash that lost the reply

    assertEquals(1, engine().update("b2", "add", "tea", "u-1", Integer.class));
    assertEquals(Integer.valueOf(1), engine().exposed("b2", "size", Integer.class).orElseThrow());
    assertThrows(ClassCastException.class,
        () -> engine().update("b2", "add", "tea", "u-1", String.class));
  }

  @Test
  void aRejectedUpdateChangesNothing() {
    Resumer.on(engine()).startBasket("b3", "cy");
    long revision = engine().store().load("b3").orElseThrow().revision();

    UpdateRejectedException rejected = assertThrows(UpdateRejectedException.class,
        () -> engine().update("b3", "add", " ", "u-1", Integer.class));

    assertEquals("update \"add\" of instance \"b3\" was rejected: an item needs a name; nothing"
        + " was changed", rejected.getMessage());
    assertEquals(revision, engine().store().load("b3").orElseThrow().revision());
    assertEquals(1, engine().update("b3", "add", "tea", "u-1", Integer.class)); // id not used up
  }

  @Test
  void anUpdateTheInstanceDoesNotWaitForNowIsRefused() {
    Resumer.on(engine()).startOpensLater("b4", "dee");

    UnexpectedEventException refused = assertThrows(UnexpectedEventException.class,
        () -> engine().update("b4", "add", "tea", "u-1", String.class));
    assertTrue(refused.getMessage().startsWith("instance \"b4\" waits for timer"),
        refused.getMessage());
    assertTrue(refused.getMessage().endsWith("nothing was changed"), refused.getMessage());
  }

  @Test
  void aStepThatTakesAnUpdateWithoutAnsweringItIsReported() {
    Resumer.on(engine()).startForgetsToAnswer("b5", "eve");

    IllegalStateException unanswered = assertThrows(IllegalStateException.class,
        () -> engine().update("b5", "add", "tea", "u-1", String.class));

    assertTrue(unanswered.getMessage().contains("must call Workflow.answer(...)"),
        unanswered.getMessage());
  }

  @Test
  void answeringAnEventThatIsNotAnUpdateIsABugThatCommitsNothing() {
    Resumer.on(engine()).startBasket("b6", "fay");

    assertThrows(WorkflowArgumentException.class,
        () -> Resumer.on(engine()).resume("b6", "add", "tea"));

    kit.assertThat("b6").isWaiting();
  }
}
