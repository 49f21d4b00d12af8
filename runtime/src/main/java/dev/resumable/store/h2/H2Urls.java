package dev.resumable.store.h2;

import java.util.UUID;

/** JDBC URLs of the databases behind {@link H2Store}, with the settings that make it durable. */
final class H2Urls {

  /**
   * Settings for a file database. The reasons, measured on H2 2.3.232:
   *
   * <ul>
   *   <li>{@code WRITE_DELAY=0}: by default a commit stays in memory for up to 500 ms, and a
   *       kill -9 loses thousands of acknowledged commits. With 0 the commit is written to the
   *       file before {@code commit()} returns, and H2 runs no background writer, so every file
   *       write happens while {@link GroupCommitter} holds the file.
   *   <li>{@code RETENTION_TIME=0}: H2 keeps dead chunks for 45 s by default because it cannot
   *       know when the OS has flushed the file; under steady commits the file then grows by
   *       hundreds of megabytes. Here every commit is forced to the device before the next write
   *       starts, so the space can be reused at once and one busy row keeps the file tiny.
   * </ul>
   *
   * <p>{@code WRITE_DELAY=0} writes but does not fsync; {@link GroupCommitter} issues
   * {@code CHECKPOINT SYNC} after each commit for that.
   */
  private static final String DURABLE_FILE_SETTINGS = ";WRITE_DELAY=0;RETENTION_TIME=0";

  private H2Urls() {}

  /** {@code base} is the absolute file name without H2's {@code .mv.db} suffix. */
  static String file(String base) {
    return "jdbc:h2:file:" + base + DURABLE_FILE_SETTINGS;
  }

  /** A fresh private database; the unique name keeps two stores with the same label apart. */
  static String privateMemory() {
    return "jdbc:h2:mem:resumable-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
  }
}
