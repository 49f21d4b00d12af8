package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** restart() drops the engine and every object it held; only the store carries on. */
class RestartTest {

  private final AtomicInteger greetersMade = new AtomicInteger();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Greeter.class, () -> new Greeter(greetersMade.incrementAndGet()));

  private Resumer greeters() {
    return Resumer.on(kit.engine());
  }

  @Test
  void receiversAreNewObjectsAfterARestartAndTheInstanceCarriesOn() {
    greeters().startGreet("g", "Ann");
    Greeter before = kit.receiverOf(Greeter.class);
    Engine engineBefore = kit.engine();

    kit.restart();

    Greeter after = kit.receiverOf(Greeter.class);
    assertNotSame(before, after);
    assertNotSame(engineBefore, kit.engine());
    assertEquals(2, greetersMade.get());
    assertEquals(1, kit.restarts());
    kit.assertThat("g").isWaitingForEvent("greeting");
    greeters().resume("g", "greeting", "Hello");
    kit.assertThat("g").isCompletedWith("Hello, Ann, from greeter 2");
  }

  @Test
  void withoutARestartTheEngineAndItsReceiversStay() {
    greeters().startGreet("g", "Bo");
    Greeter receiver = kit.receiverOf(Greeter.class);

    greeters().resume("g", "greeting", "Hi");

    assertSame(receiver, kit.receiverOf(Greeter.class));
    assertEquals(0, kit.restarts());
    kit.assertThat("g").isCompletedWith("Hi, Bo, from greeter 1");
  }

  @Test
  void anEngineKeptAcrossARestartRefusesWithTheFix() {
    Resumer kept = greeters();
    kept.startGreet("g", "Cy");

    kit.restart();

    var refused = assertThrows(IllegalStateException.class,
        () -> kept.resume("g", "greeting", "Hey"));
    assertTrue(refused.getMessage().contains("the kit restarted")
        && refused.getMessage().contains("Resumer.on(kit.engine())"), refused.getMessage());
    kit.assertThat("g").isWaitingForEvent("greeting");
  }

  @Test
  void anEngineTheTestClosedIsReplaced() {
    try (Engine engine = kit.engine()) {
      Resumer.on(engine).startGreet("g", "Di");
    }
    greeters().resume("g", "greeting", "Yo");

    kit.assertThat("g").isCompletedWith("Yo, Di, from greeter 2");
    assertEquals(1, kit.restarts());
  }

  @Test
  void receiverRegisteredLaterIsThereAtOnce() {
    try (WorkflowTestKit bare = WorkflowTestKit.create()) {
      bare.engine();
      bare.receiver(Greeter.class, () -> new Greeter(7));

      Resumer.on(bare.engine()).startGreet("g", "Ed");
      Resumer.on(bare.engine()).resume("g", "greeting", "Hi");

      bare.assertThat("g").isCompletedWith("Hi, Ed, from greeter 7");
    }
  }
}
