package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/** HelloParallelActivity: one activity per item, all started at once, all results joined. */
public class HelloParallelActivity {

  final Greetings greetings;

  public HelloParallelActivity(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public List<String> greetEveryone(List<String> names) {
    List<Branch<String>> greeted = new ArrayList<>();
    for (String name : names) {
      greeted.add(Await.branch(greetOne(name)));
    }
    return Await.joinAll(greeted);
  }

  @Resumable
  public String greetOne(String name) {
    return greetings.composeGreeting("Hello", name);
  }
}
