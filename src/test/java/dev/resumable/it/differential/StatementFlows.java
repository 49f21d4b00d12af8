package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Statements that a wait takes apart: loops, try/finally, switch, nested calls, timers. */
public class StatementFlows {

  @Resumable
  public List<String> forEachOverAList(List<String> items) {
    List<String> shipped = new ArrayList<>();
    for (String item : items) {
      shipped.add(item + "@" + Await.event("parcel", String.class));
    }
    return shipped;
  }

  @Resumable
  public int loopWithBreakAndContinue() {
    int total = 0;
    outer:
    while (true) {
      for (int i = 0; i < 3; i++) {
        int n = Await.event("n", Integer.class);
        if (n < 0) {
          break outer;
        }
        if (n == 0) {
          continue outer;
        }
        total = total * 10 + n;
      }
    }
    return total;
  }

  @Resumable
  public String finallyWaitsAfterReturn() {
    List<String> log = new ArrayList<>();
    try {
      log.add(Await.event("body", String.class));
      return String.join(",", log);
    } finally {
      log.add(Await.event("cleanup", String.class));
    }
  }

  @Resumable
  public String catchesFromTwoFramesDown() {
    try {
      return "got " + middle();
    } catch (IllegalStateException e) {
      return "caught " + e.getMessage() + " then " + Await.event("after", String.class);
    }
  }

  @Resumable
  int middle() {
    return 1 + bottom();
  }

  @Resumable
  int bottom() {
    int n = Await.event("n", Integer.class);
    if (n < 0) {
      throw new IllegalStateException("negative " + n);
    }
    return n;
  }

  @Resumable
  public String switchYieldsAWait(int kind) {
    String picked = switch (kind) {
      case 1 -> "one";
      case 2 -> {
        String got = Await.event("two", String.class);
        yield got + got;
      }
      default -> Await.event("other", String.class);
    };
    return picked + "/" + Await.event("tail", String.class);
  }

  @Resumable
  public String sleepsBetweenEvents() {
    String first = Await.event("first", String.class);
    Await.sleep(Duration.ofDays(3));
    return first + Await.event("second", String.class);
  }

  @Resumable
  public int failsAfterAWait() {
    int n = Await.event("n", Integer.class);
    throw new IllegalArgumentException("refused " + n);
  }

  /** Java strings may hold a surrogate without its pair; UTF-8 cannot, so they need care. */
  @Resumable
  public List<String> textWithLoneSurrogates() {
    String lone = "lone-" + (char) 0xD800 + "-x";
    List<String> kept = new ArrayList<>(List.of(lone, String.valueOf((char) 0xDC00)));
    String got = Await.event("tick", String.class);
    kept.add(lone + got + (char) 0xDBFF);
    return kept;
  }
}
