package dev.resumable.store.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system, {@code writewatch:<path>}, over the real disk that calls {@link #watcher}
 * on the writing thread before every write and truncation of a database file.
 */
public final class WriteWatchingFilePath extends FilePathWrapper {

  static final String PREFIX = "writewatch:";

  /** Told of each write of a {@code .mv.db} file, on the thread that makes it. */
  static volatile Runnable watcher = () -> {};

  // H2 creates instances reflectively, one per path.
  public WriteWatchingFilePath() {}

  static void register() {
    FilePath.register(new WriteWatchingFilePath());
  }

  @Override
  public String getScheme() {
    return PREFIX.substring(0, PREFIX.length() - 1);
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    FileChannel channel = getBase().open(mode);
    return name.endsWith(H2Store.FILE_SUFFIX) ? new WatchedChannel(channel) : channel;
  }

  private static final class WatchedChannel extends ForwardingChannel {

    WatchedChannel(FileChannel channel) {
      super(channel);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      watcher.run();
      return channel.write(source);
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
      watcher.run();
      return channel.write(source, position);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      watcher.run();
      channel.truncate(size);
      return this;
    }
  }
}
