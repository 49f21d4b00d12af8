package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** Waits deep inside nested @Resumable calls. */
public class StackFlows {

  final Inventory inventory = new Inventory();

  @Resumable
  public String twoLevels(String name) {
    return "hello " + child(name);
  }

  @Resumable(start = "startStackFlowsChild") // Flows has a child too
  String child(String name) {
    return name + Await.event("suffix", String.class);
  }

  @Resumable
  public int level1(int x) {
    return level2(x + 1) * 2;
  }

  @Resumable
  int level2(int x) {
    int before = Await.event("two", Integer.class);
    return level3(x + before) + 1;
  }

  @Resumable
  int level3(int x) {
    return level4(x) - 3;
  }

  @Resumable
  int level4(int x) {
    int partial = level5(x * 10);
    return partial + Await.event("four", Integer.class);
  }

  @Resumable
  int level5(int amount) {
    int deep = Await.event("five", Integer.class);
    return amount + deep;
  }

  /** An exception thrown after a wait two frames down is caught here. */
  @Resumable
  public String catchesTwoUp() {
    try {
      return "got " + middle();
    } catch (IllegalStateException e) {
      return "caught " + e.getMessage();
    }
  }

  @Resumable
  int middle() {
    return bottom() + 1;
  }

  @Resumable
  int bottom() {
    String verdict = Await.event("verdict", String.class);
    if (verdict.equals("fail")) {
      throw new IllegalStateException("bottom failed");
    }
    return 41;
  }

  /** Not caught anywhere: the instance fails, with a stack trace through the source. */
  @Resumable
  public int failsTwoDown() {
    return middle() * 2;
  }

  /** finally blocks in two frames, each waiting, run innermost first. */
  @Resumable
  public String finallyAcrossFrames() {
    String result = "";
    try {
      result = innerWithFinally();
    } finally {
      result = result + "|outer " + Await.event("outer", String.class);
    }
    return result;
  }

  @Resumable
  String innerWithFinally() {
    String body = "";
    try {
      body = "body " + Await.event("body", String.class);
    } finally {
      body = body + "|inner " + Await.event("inner", String.class);
    }
    return body;
  }

  /** Recursion that waits only at the bottom, as deep as asked. */
  @Resumable
  public int descend(int depth) {
    if (depth == 0) {
      return Await.event("leaf", Integer.class);
    }
    return descend(depth - 1) + 1;
  }

  /** A tree walk that waits at each leaf. */
  @Resumable
  public int walk(int depth, int path) {
    if (depth == 0) {
      return path * Await.event("leaf", Integer.class);
    }
    return walk(depth - 1, path * 2) + walk(depth - 1, path * 2 + 1);
  }

  /** Calls through a field holding another workflow object, and a static one. */
  @Resumable
  public String throughFieldAndStatic() {
    int reserved = inventory.reserve("sku-1", 5);
    return label(reserved);
  }

  @Resumable
  static String label(int reserved) {
    return "reserved " + reserved + " " + Await.event("unit", String.class);
  }
}
