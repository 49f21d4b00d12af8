package dev.resumable.it.debug;

import dev.resumable.Engine;
import java.nio.file.Path;

/**
 * One step of the greeter in a JVM of its own: {@code start STORE} starts instance "g-1", which
 * then waits; {@code reply STORE TEXT} delivers the reply. Prints the outcome.
 */
public final class GreeterJvm {

  private GreeterJvm() {}

  public static void main(String[] args) {
    try (Engine engine = Engine.builder().storeFile(Path.of(args[1])).build()) {
      Resumer greeters = Resumer.on(engine);
      if (args[0].equals("start")) {
        System.out.println(greeters.startGreet("g-1", "ann"));
      } else {
        System.out.println(greeters.resume("g-1", "reply", args[2]));
      }
    }
  }
}
