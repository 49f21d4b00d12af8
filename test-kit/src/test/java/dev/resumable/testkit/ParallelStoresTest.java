package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Two kits alive at once, as two tests running in parallel would have, each starting an instance
 * under the same id: with a shared store the second start would find the first one's instance.
 */
class ParallelStoresTest {

  @Test
  void kitsAliveAtTheSameTimeHaveTheirOwnStores() {
    try (WorkflowTestKit first = WorkflowTestKit.create()
            .receiver(Greeter.class, () -> new Greeter(1));
        WorkflowTestKit second = WorkflowTestKit.create()
            .receiver(Greeter.class, () -> new Greeter(2))) {
      Resumer.on(first.engine()).startGreet("same-id", "Ann");
      Resumer.on(second.engine()).startGreet("same-id", "Bo");
      assertNotEquals(first.storeFile(), second.storeFile());

      Resumer.on(first.engine()).resume("same-id", "greeting", "Hello");
      Resumer.on(second.engine()).resume("same-id", "greeting", "Hi");
      first.assertThat("same-id").isCompletedWith("Hello, Ann, from greeter 1");
      second.assertThat("same-id").isCompletedWith("Hi, Bo, from greeter 2");
    }
  }
}
