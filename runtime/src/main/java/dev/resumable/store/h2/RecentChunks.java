package dev.resumable.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Keeps H2 from reusing the file space of a recent chunk, the one MVStore setting that makes
 * space reuse safe against a kill or a crash; see {@link H2Urls} for why.
 */
final class RecentChunks {

  /**
   * How many store versions a dead chunk's space stays untouched. MVStore rewrites the file's
   * store header at least once every 21 versions (RandomAccessStore.shouldWriteStoreHeader), so
   * a chunk this much older than the newest one is always older than the header on disk and
   * outside the chain that recovery follows; the margin covers versions skipped by H2 itself.
   */
  static final int KEPT_VERSIONS = 64;

  private RecentChunks() {}

  /**
   * Applies the bound to the database {@code connection} belongs to, an embedded file one, and
   * only then lets H2 reuse space: the URL opens it with {@code REUSE_SPACE=FALSE}, so what H2
   * writes while it opens the file goes to the end of the file and overwrites nothing.
   */
  static void keep(Connection connection) throws SQLException {
    // No SQL setting reaches it (H2 sets 0 when it opens the store), so it is set on the store.
    MVStore store = mvStore(connection);
    store.setVersionsToKeep(KEPT_VERSIONS);
    store.setReuseSpace(true);
  }

  /** The MVStore under the embedded database {@code connection} belongs to. */
  static MVStore mvStore(Connection connection) throws SQLException {
    JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
    return ((SessionLocal) h2.getSession()).getDatabase().getStore().getMvStore();
  }
}
