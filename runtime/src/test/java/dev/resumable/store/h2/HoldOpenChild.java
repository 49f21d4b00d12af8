package dev.resumable.store.h2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Child JVM that opens a store, prints {@code open}, and closes it when told on stdin. */
public final class HoldOpenChild {

  private HoldOpenChild() {}

  public static void main(String[] args) throws IOException {
    BufferedReader stdin =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (H2Store store = H2Store.open(Path.of(args[0]))) {
      System.out.println("open");
      System.out.flush();
      // Any line, or the end of input when the test is gone, releases the file.
      stdin.readLine();
    }
    System.out.println("closed");
    System.out.flush();
  }
}
