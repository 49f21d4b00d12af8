package dev.resumable.store.h2;

import java.io.IOException;
import java.io.InputStream;

/** Lets a child JVM end itself when the test that started it is gone (its stdin closes). */
final class ExitWhenParentGoes {

  private ExitWhenParentGoes() {}

  static void watch(InputStream stdin) {
    Thread watcher = new Thread(() -> {
      try {
        while (stdin.read() >= 0) {
          // Input is not expected; only its end matters.
        }
      } catch (IOException e) {
        // A broken pipe means the same as the end of input.
      }
      Runtime.getRuntime().halt(3);
    }, "exit-when-parent-goes");
    watcher.setDaemon(true);
    watcher.start();
  }
}
