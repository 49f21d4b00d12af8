package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/** Switch statements and expressions with waits in their cases and selectors. */
public class SwitchFlows {

  public enum Size { SMALL, MEDIUM, LARGE }

  /** Colon form on an int, with fall-through and break. */
  @Resumable
  public List<String> colonFallThrough(int start) {
    List<String> trace = new ArrayList<>();
    switch (start) {
      case 1:
        trace.add("one " + Await.event("a", String.class));
      case 2:
        trace.add("two " + Await.event("b", String.class));
        break;
      case 3:
        trace.add("three");
        break;
      default:
        trace.add("other " + Await.event("c", String.class));
    }
    trace.add("after");
    return trace;
  }

  /** Arrow form on strings, the selector itself waited for. */
  @Resumable
  public String arrowOnString() {
    String result = "";
    switch (Await.event("command", String.class)) {
      case "ship", "send" -> result = "shipped " + Await.event("parcel", String.class);
      case "cancel" -> {
        String reason = Await.event("reason", String.class);
        result = "cancelled: " + reason;
      }
      default -> result = "unknown";
    }
    return result;
  }

  /** A switch expression on an enum, with waits in arrow expressions and yield in blocks. */
  @Resumable
  public int expressionOnEnum(Size size) {
    int price = switch (size) {
      case SMALL -> 1;
      case MEDIUM -> Await.event("medium", Integer.class) * 10;
      case LARGE -> {
        int base = Await.event("large", Integer.class);
        if (base < 0) {
          yield 0;
        }
        yield base * 100;
      }
    };
    return price + 1;
  }

  /** break and continue around a switch inside a loop that waits. */
  @Resumable
  public String switchInLoop() {
    String seen = "";
    loop:
    for (int i = 0; i < 10; i++) {
      switch (Await.event("step", String.class)) {
        case "skip":
          continue;
        case "stop":
          break loop;
        default:
          seen = seen + i;
          break;
      }
    }
    return seen;
  }
}
