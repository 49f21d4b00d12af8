package dev.resumable.store.h2;

import dev.resumable.store.StoredInstance;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Child JVM for the kill -9 test: updates one instance forever and prints {@code ack N} after
 * each update of revision N has returned. Continues from whatever revision the file holds.
 */
public final class UpdateLoopChild {

  static final String ID = "kill-target";
  private static final int STATE_SIZE = 2048;

  private UpdateLoopChild() {}

  public static void main(String[] args) {
    ExitWhenParentGoes.watch(System.in);
    try (H2Store store = H2Store.open(Path.of(args[0]))) {
      long revision = store.load(ID).map(StoredInstance::revision).orElse(0L);
      if (revision == 0) {
        store.insert(instance(1));
        acknowledge(revision = 1);
      }
      while (true) {
        store.update(instance(revision + 1), revision);
        acknowledge(++revision);
      }
    }
  }

  /** A row whose state repeats its revision, so a reader can tell column and state agree. */
  static StoredInstance instance(long revision) {
    ByteBuffer state = ByteBuffer.allocate(STATE_SIZE);
    while (state.hasRemaining()) {
      state.putLong(revision);
    }
    return new StoredInstance(ID, "test.loop", "RUNNING", revision, state.array());
  }

  private static void acknowledge(long revision) {
    System.out.println("ack " + revision);
    System.out.flush();
  }
}
