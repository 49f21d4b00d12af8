package dev.resumable.store.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system, {@code writelog:<path>}, over the real disk that logs every write and
 * truncation of database files in the order they happen, so that a test can rebuild the file as
 * a kill after any of them would have left it.
 */
public final class WriteLogFilePath extends FilePathWrapper {

  static final String PREFIX = "writelog:";

  /** A write of {@code data} at {@code position}, or a truncation to {@code position}. */
  record Write(long position, byte[] data) {

    /** {@code file} as this write leaves it. */
    byte[] applyTo(byte[] file) {
      if (data == null) {
        return position < file.length ? Arrays.copyOf(file, (int) position) : file;
      }
      int end = (int) position + data.length;
      byte[] after = end > file.length ? Arrays.copyOf(file, end) : file;
      System.arraycopy(data, 0, after, (int) position, data.length);
      return after;
    }
  }

  private static final Object LOCK = new Object();
  private static List<Write> log;

  // H2 creates instances reflectively, one per path.
  public WriteLogFilePath() {}

  static void register() {
    FilePath.register(new WriteLogFilePath());
  }

  /** Starts a new log. */
  static void start() {
    synchronized (LOCK) {
      log = new ArrayList<>();
    }
  }

  /** How many writes the log holds so far. */
  static int count() {
    synchronized (LOCK) {
      return log == null ? 0 : log.size();
    }
  }

  /** Ends the log and returns it; later writes are not logged. */
  static List<Write> stop() {
    synchronized (LOCK) {
      List<Write> writes = log;
      log = null;
      return writes;
    }
  }

  @Override
  public String getScheme() {
    return PREFIX.substring(0, PREFIX.length() - 1);
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    FileChannel channel = getBase().open(mode);
    return name.endsWith(H2Store.FILE_SUFFIX) ? new LoggedChannel(channel) : channel;
  }

  private static final class LoggedChannel extends ForwardingChannel {

    LoggedChannel(FileChannel channel) {
      super(channel);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      throw new IOException("H2 writes its database file at positions only");
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
      // Logged in the order the writes happen, which the lock makes the order of the log.
      synchronized (LOCK) {
        ByteBuffer written = source.duplicate();
        int count = channel.write(source, position);
        if (log != null) {
          byte[] data = new byte[count];
          written.get(data);
          log.add(new Write(position, data));
        }
        return count;
      }
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      synchronized (LOCK) {
        channel.truncate(size);
        if (log != null) {
          log.add(new Write(size, null));
        }
      }
      return this;
    }
  }
}
