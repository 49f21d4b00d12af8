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
   *   <li>{@code RETENTION_TIME=0}: H2 keeps dead chunks for 45 s by default; under steady
   *       commits the file then grows by hundreds of megabytes. With 0, time alone no longer
   *       keeps a dead chunk, and {@link RecentChunks} keeps the space of the last
   *       {@value RecentChunks#KEPT_VERSIONS} versions' chunks instead. That bound, not a time,
   *       is what makes reuse safe: after a kill, MVStore finds the newest chunk by following
   *       the chain of chunks from the one the store header names, plus the chunk at the end of
   *       the file (RandomAccessStore.readStoreHeader), and takes the newest one whose chunks
   *       are all readable (FileStore.findLastChunkWithCompleteValidChunkSet). The header is
   *       rewritten only after the chunk that makes it stale is written
   *       (RandomAccessStore.writeChunk), at the latest 21 versions on. With
   *       {@code RETENTION_TIME=0} alone (H2 keeps 0 versions) a commit could overwrite a chunk
   *       of that chain: a kill between that write and the header left recovery with an older
   *       chain end whose chunks were all still readable, and it silently went back to it,
   *       losing acknowledged commits (measured: about one kill in 300 with 16 threads in
   *       group commits). A chunk 64 versions old is older than the header on disk, so its
   *       space is never on that chain. This is about the order of H2's writes, not about fsync:
   *       a kill keeps every write that completed. Measured: the crash drill at 300 kill -9
   *       cycles (16 threads) lost an acknowledged event within its first 5 minutes without the
   *       bound, and with it lost none of 120,099 and applied none twice. With 128 rows updated
   *       500,000 times by 16 threads the file levels off at 11-12 MB from about 250,000 updates
   *       on (0.2 MB without the bound); throughput is the same within this machine's noise.
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
