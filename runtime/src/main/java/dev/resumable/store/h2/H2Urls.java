package dev.resumable.store.h2;

import java.util.UUID;

/** JDBC URLs of the databases behind {@link H2Store}, with the settings that make it durable. */
final class H2Urls {

  /**
   * Settings for a file database. The reasons, measured on H2 2.3.232. A kill keeps every write
   * that completed, so the file a kill leaves is the file after some prefix of H2's writes;
   * KillAtEveryWriteTest rebuilds those files and opens them, and the kill -9 drill
   * (CrashDrillTest) kills engine JVMs.
   *
   * <ul>
   *   <li>{@code WRITE_DELAY=0}: by default a commit stays in memory for up to 500 ms, and a
   *       kill -9 loses thousands of acknowledged commits. With 0 the commit is written to the
   *       file before {@code commit()} returns, and H2 runs no background writer. H2 then also
   *       writes whatever is pending whenever any connection rolls back, which its pool does for
   *       every connection it hands out or takes back; {@link GroupCommitter} keeps reads out
   *       while a batch writes, or a read would write the batch half done (it says what a kill
   *       then did).
   *   <li>{@code RETENTION_TIME=0}: H2 keeps dead chunks for 45 s by default; under steady
   *       commits the file then grows by hundreds of megabytes. With 0, time alone no longer
   *       keeps a dead chunk, and {@link RecentChunks} keeps the space of the last
   *       {@value RecentChunks#KEPT_VERSIONS} versions' chunks instead. That bound, not a time,
   *       is what makes reuse safe: after a kill, MVStore finds the newest chunk by following
   *       the chain of chunks from the one the store header names, plus the chunk at the end of
   *       the file (RandomAccessStore.readStoreHeader), and takes the newest one whose chunks
   *       are all readable (FileStore.findLastChunkWithCompleteValidChunkSet). The header is
   *       rewritten only after the chunk that makes it stale is written
   *       (RandomAccessStore.writeChunk), at the latest 21 versions on. A commit that reused the
   *       space of a chunk on that chain, with a kill before the header, sent recovery back to
   *       an older chain end and lost acknowledged commits; a chunk 64 versions old is older
   *       than the header on disk, so its space is never on that chain.
   *   <li>{@code REUSE_SPACE=FALSE}: H2 stores {@code RETENTION_TIME} in the file and applies it
   *       as it opens the file, while it keeps no versions, before the bound can be set. What it
   *       wrote then reused the space of every dead chunk at once, and a kill between such a
   *       write and the header lost what the previous process had acknowledged (measured: a kill
   *       at the first write of about one open in twenty). {@link H2Store} therefore sets the
   *       bound on a connection of its own before the pool's first rollback writes, and this
   *       setting sends anything H2 writes before that to the end of the used space; {@link
   *       RecentChunks} turns reuse on with the bound.
   * </ul>
   *
   * <p>Measured: rebuilt as kills left them, files of 60 generations (every write of each open
   * and 40 sampled writes after it, 3,203 kills) lost nothing, where the code before lost
   * acknowledged updates at 15 of 3,271 kills: 4 at the first write of an open, and 11 mid-batch
   * with a row gone from the primary-key index. The kill -9 drill at 300 cycles (16 threads, 128
   * instances) lost none of 119,807 acknowledged events and applied none twice. With 128 rows
   * updated 500,000 times by 16 threads the file levels off at 17.7 MB from about 300,000
   * updates on (19.4 MB with the settings before), at the same throughput within this machine's
   * noise (3,476 against 3,134 load-and-updates a second).
   *
   * <p>{@code WRITE_DELAY=0} writes but does not fsync; {@link GroupCommitter} issues
   * {@code CHECKPOINT SYNC} after each commit for that.
   */
  static final String DURABLE_FILE_SETTINGS = ";WRITE_DELAY=0;RETENTION_TIME=0;REUSE_SPACE=FALSE";

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
