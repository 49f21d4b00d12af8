package dev.resumable.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A class that says when it is initialised: it writes the file named by the system property
 * {@code tripwire.marker}. The class-name injection drill names it in stored state; decoding must
 * never load it.
 */
public final class Tripwire extends RuntimeException {

  static {
    String marker = System.getProperty("tripwire.marker");
    if (marker != null) {
      try {
        Files.writeString(Path.of(marker), "initialised");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public Tripwire(String message) {
    super(message);
  }
}
