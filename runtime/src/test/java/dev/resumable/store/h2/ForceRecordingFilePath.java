package dev.resumable.store.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system, {@code forcerec:<path>}, over the real disk that counts writes and forces,
 * so a test can see whether data written was also forced to the device.
 */
public final class ForceRecordingFilePath extends FilePathWrapper {

  static final String PREFIX = "forcerec:";

  /** Writes since the last force, over all files of this scheme. */
  static final AtomicLong unforcedWrites = new AtomicLong();
  static final AtomicLong writes = new AtomicLong();
  static final AtomicLong forces = new AtomicLong();
  /** While set, every force fails as a failing device would. */
  static final AtomicBoolean failForces = new AtomicBoolean();

  // H2 creates instances reflectively, one per path.
  public ForceRecordingFilePath() {}

  static void register() {
    FilePath.register(new ForceRecordingFilePath());
  }

  @Override
  public String getScheme() {
    return PREFIX.substring(0, PREFIX.length() - 1);
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new RecordingChannel(getBase().open(mode));
  }

  private static final class RecordingChannel extends ForwardingChannel {

    RecordingChannel(FileChannel channel) {
      super(channel);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      recordWrite();
      return channel.write(source);
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
      recordWrite();
      return channel.write(source, position);
    }

    @Override
    public void force(boolean metaData) throws IOException {
      if (failForces.get()) {
        throw new IOException("the device failed (injected by the test)");
      }
      // Counted before forcing would be wrong: a write racing the force could be lost.
      long pending = unforcedWrites.get();
      channel.force(metaData);
      unforcedWrites.addAndGet(-pending);
      forces.incrementAndGet();
    }

    private static void recordWrite() {
      writes.incrementAndGet();
      unforcedWrites.incrementAndGet();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      recordWrite();
      channel.truncate(size);
      return this;
    }
  }
}
