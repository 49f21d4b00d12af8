package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/** try, catch and finally with waits in every part, as Kotlin's controlFlow cases test them. */
public class TryFlows {

  static int parse(String text) {
    return Integer.parseInt(text);
  }

  /** An exception thrown after a wait in the try block is caught. */
  @Resumable
  public String catchAfterWait() {
    List<String> trace = new ArrayList<>();
    try {
      trace.add("try");
      String text = Await.event("number", String.class);
      trace.add("parsed " + parse(text));
    } catch (NumberFormatException e) {
      trace.add("caught " + e.getMessage());
    }
    return String.join(",", trace);
  }

  /** Multi-catch picks the first matching clause. */
  @Resumable
  public String multiCatch(int which) {
    try {
      Await.event("go", String.class);
      if (which == 1) {
        throw new IllegalStateException("state");
      }
      if (which == 2) {
        throw new UnsupportedOperationException("unsupported");
      }
      return "none";
    } catch (IllegalStateException | UnsupportedOperationException e) {
      return "first " + e.getMessage();
    } catch (RuntimeException e) {
      return "second " + e.getMessage();
    }
  }

  /** A wait inside the catch block. */
  @Resumable
  public String waitInCatch() {
    String result;
    try {
      result = "ok " + parse("x");
    } catch (NumberFormatException e) {
      String fallback = Await.event("fallback", String.class);
      result = "fallback " + fallback;
    }
    return result;
  }

  /** A wait inside the finally block, on the normal path. */
  @Resumable
  public List<String> waitInFinally() {
    List<String> trace = new ArrayList<>();
    try {
      trace.add("body");
    } finally {
      trace.add("finally " + Await.event("cleanup", String.class));
    }
    trace.add("after");
    return trace;
  }

  /** return inside try runs finally first, which may wait, and the value survives. */
  @Resumable
  public int returnThroughFinally(int value) {
    int[] counter = {0};
    try {
      counter[0] = Await.event("set", Integer.class);
      return value + counter[0];
    } finally {
      counter[0] = -1;
      Await.event("done", String.class);
    }
  }

  /** break and continue out of a try inside a loop run the finally block each time. */
  @Resumable
  public List<String> breakAndContinueThroughFinally() {
    List<String> trace = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      try {
        String command = Await.event("command", String.class);
        if (command.equals("skip")) {
          continue;
        }
        if (command.equals("stop")) {
          break;
        }
        trace.add("did " + command);
      } finally {
        trace.add("finally " + i);
      }
    }
    return trace;
  }

  /** An exception passes through finally, which waits, and is caught outside. */
  @Resumable
  public String throwThroughWaitingFinally() {
    List<String> trace = new ArrayList<>();
    try {
      try {
        Await.event("first", String.class);
        throw new IllegalArgumentException("inner");
      } finally {
        trace.add("finally " + Await.event("second", String.class));
      }
    } catch (IllegalArgumentException e) {
      trace.add("outer caught " + e.getMessage());
    }
    return String.join(",", trace);
  }

  /** A catch block that rethrows a new exception, caught by an outer try. */
  @Resumable
  public String rethrowFromCatch() {
    try {
      try {
        parse(Await.event("text", String.class));
        return "parsed";
      } catch (NumberFormatException e) {
        throw new IllegalStateException("wrapped: " + e.getMessage());
      }
    } catch (IllegalStateException e) {
      return Await.event("report", String.class) + " " + e.getMessage();
    }
  }

  /** Nested finally blocks run innermost first, on return; each waits. */
  @Resumable
  public String nestedFinallyOrder() {
    List<String> trace = new ArrayList<>();
    try {
      try {
        trace.add("body " + Await.event("a", String.class));
        return String.join(",", trace);
      } finally {
        trace.add("inner " + Await.event("b", String.class));
      }
    } finally {
      trace.add("outer " + Await.event("c", String.class));
    }
  }

  /** An uncaught exception after a wait propagates out, after the finally block. */
  @Resumable
  public int uncaughtAfterWait() {
    try {
      return parse(Await.event("text", String.class));
    } finally {
      Await.event("cleanup", String.class);
    }
  }

  /** Suspending is a normal return: the finally block runs once, when the try block ends. */
  @Resumable
  public int finallyRunsOnce() {
    int runs = 0;
    try {
      Await.event("a", String.class);
      Await.event("b", String.class);
    } finally {
      runs++;
    }
    return runs;
  }
}
