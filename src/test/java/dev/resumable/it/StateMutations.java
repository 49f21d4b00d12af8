package dev.resumable.it;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Ways to damage the bytes of a state column. They work on the bytes and on protobuf's wire
 * format, not on the generated message classes, so they stay meaningful when the schema of
 * values changes. The semantic edits use the record's field numbers, which never change: 1 id,
 * 2 entry method, 3 status, 4 revision, 5 frames, 6 wait (1 event, 3 timer, 4 first, 5 all),
 * 7 inbox, 13 parent id, 14 branches started.
 */
enum StateMutations {
  BIT_FLIP {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) {
      byte[] out = state.clone();
      for (int i = 0, flips = 1 + random.nextInt(3); i < flips && out.length > 0; i++) {
        int bit = random.nextInt(out.length * 8);
        out[bit / 8] ^= (byte) (1 << (bit % 8));
      }
      return out;
    }
  },
  TRUNCATION {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) {
      return Arrays.copyOf(state, state.length == 0 ? 0 : random.nextInt(state.length));
    }
  },
  RANDOM_BYTES {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) {
      byte[] out = new byte[random.nextInt(2 * state.length + 2)];
      random.nextBytes(out);
      return out;
    }
  },
  OVERWRITTEN_SPAN {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) {
      byte[] out = state.clone();
      int from = random.nextInt(out.length);
      int to = Math.min(out.length, from + 1 + random.nextInt(16));
      for (int i = from; i < to; i++) {
        out[i] = (byte) random.nextInt(256);
      }
      return out;
    }
  },
  DUPLICATED_FIELD {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      UnknownFieldSet record = UnknownFieldSet.parseFrom(state);
      List<Integer> numbers = new ArrayList<>(record.asMap().keySet());
      int number = numbers.get(random.nextInt(numbers.size()));
      UnknownFieldSet.Field field = record.getField(number);
      return record.toBuilder().mergeField(number, field).build().toByteArray();
    }
  },
  HUGE_LENGTH {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      List<int[]> lengths = lengthPrefixes(state);
      long huge = random.nextBoolean() ? Integer.MAX_VALUE : 0xFFFF_FFFFL + random.nextInt(1000);
      if (lengths.isEmpty() || random.nextInt(4) == 0) { // a new field that claims too much
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(state);
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        coded.writeTag(1 + random.nextInt(15), WireFormat.WIRETYPE_LENGTH_DELIMITED);
        coded.writeUInt64NoTag(huge);
        coded.writeRawBytes(new byte[] {1, 2, 3});
        coded.flush();
        return out.toByteArray();
      }
      int[] at = lengths.get(random.nextInt(lengths.size())); // {offset, size of the varint}
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(state, 0, at[0]);
      CodedOutputStream coded = CodedOutputStream.newInstance(out);
      coded.writeUInt64NoTag(huge);
      coded.flush();
      out.write(state, at[0] + at[1], state.length - at[0] - at[1]);
      return out.toByteArray();
    }
  },
  CHANGED_ID {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      return replace(state, random.nextBoolean() ? 1 : 13,
          text(otherIds.get(random.nextInt(otherIds.size()))));
    }
  },
  CHANGED_WAIT_KIND {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      UnknownFieldSet record = UnknownFieldSet.parseFrom(state);
      if (!record.hasField(6)) {
        return replace(state, 6, UnknownFieldSet.Field.newBuilder()
            .addLengthDelimited(ByteString.EMPTY).build());
      }
      UnknownFieldSet wait = UnknownFieldSet.parseFrom(
          record.getField(6).getLengthDelimitedList().get(0));
      UnknownFieldSet.Builder moved = UnknownFieldSet.newBuilder();
      int[] kinds = {1, 3, 4, 5};
      for (var entry : wait.asMap().entrySet()) {
        moved.addField(kinds[random.nextInt(kinds.length)], entry.getValue());
      }
      return replace(state, 6, UnknownFieldSet.Field.newBuilder()
          .addLengthDelimited(moved.build().toByteString()).build());
    }
  },
  CHANGED_FRAME_COUNT {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      UnknownFieldSet record = UnknownFieldSet.parseFrom(state);
      List<ByteString> frames = new ArrayList<>(record.getField(5).getLengthDelimitedList());
      switch (random.nextInt(3)) {
        case 0 -> frames.clear();
        case 1 -> {
          if (!frames.isEmpty()) {
            frames.remove(random.nextInt(frames.size()));
          }
        }
        default -> frames.add(frames.isEmpty() ? ByteString.EMPTY
            : frames.get(random.nextInt(frames.size())));
      }
      UnknownFieldSet.Field.Builder field = UnknownFieldSet.Field.newBuilder();
      frames.forEach(field::addLengthDelimited);
      return replace(state, 5, field.build());
    }
  },
  CHANGED_SCALAR {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      int[] numbers = {3, 4, 14};
      long[] values = {-1, 0, 1, 2, 5, 99, Long.MAX_VALUE, Long.MIN_VALUE};
      return replace(state, numbers[random.nextInt(numbers.length)],
          UnknownFieldSet.Field.newBuilder().addVarint(values[random.nextInt(values.length)])
              .build());
    }
  },
  TIMER_PAST_THE_END_OF_TIME {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      UnknownFieldSet timer = UnknownFieldSet.newBuilder()
          .addField(1, UnknownFieldSet.Field.newBuilder()
              .addVarint(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE).build())
          .addField(2, UnknownFieldSet.Field.newBuilder()
              .addVarint(random.nextBoolean() ? 0 : -5).build())
          .build();
      UnknownFieldSet wait = UnknownFieldSet.newBuilder()
          .addField(3, UnknownFieldSet.Field.newBuilder()
              .addLengthDelimited(timer.toByteString()).build())
          .build();
      return replace(state, 6, UnknownFieldSet.Field.newBuilder()
          .addLengthDelimited(wait.toByteString()).build());
    }
  },
  UNDECODABLE_INBOX_EVENT {
    @Override
    byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException {
      String[] names = {"a", "b", "c", "d", "n", "x", "first", "problem"};
      String[] types = {"java.lang.Integer", "java.lang.String", "java.lang.Long",
          "java.lang.Exception"};
      UnknownFieldSet payload = UnknownFieldSet.newBuilder()
          .addField(1 + random.nextInt(9), random.nextBoolean()
              ? UnknownFieldSet.Field.newBuilder().addVarint(random.nextLong()).build()
              : text("not what the wait expects"))
          .build();
      UnknownFieldSet event = UnknownFieldSet.newBuilder()
          .addField(1, text(names[random.nextInt(names.length)]))
          .addField(2, text(types[random.nextInt(types.length)]))
          .addField(3, UnknownFieldSet.Field.newBuilder()
              .addLengthDelimited(payload.toByteString()).build())
          .build();
      UnknownFieldSet record = UnknownFieldSet.parseFrom(state);
      return record.toBuilder().mergeField(7, UnknownFieldSet.Field.newBuilder()
          .addLengthDelimited(event.toByteString()).build()).build().toByteArray();
    }
  };

  abstract byte[] apply(byte[] state, Random random, List<String> otherIds) throws IOException;

  /** {@code state} with field {@code number} replaced by {@code field}; bytes if unparsable. */
  private static byte[] replace(byte[] state, int number, UnknownFieldSet.Field field)
      throws IOException {
    return UnknownFieldSet.parseFrom(state).toBuilder().clearField(number)
        .addField(number, field).build().toByteArray();
  }

  private static UnknownFieldSet.Field text(String value) {
    return UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(value))
        .build();
  }

  /** Where the top-level length-delimited fields keep their lengths: {offset, varint size}. */
  private static List<int[]> lengthPrefixes(byte[] state) throws IOException {
    List<int[]> found = new ArrayList<>();
    CodedInputStream in = CodedInputStream.newInstance(state);
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        int offset = in.getTotalBytesRead();
        int length = in.readRawVarint32();
        found.add(new int[] {offset, in.getTotalBytesRead() - offset});
        in.skipRawBytes(length);
      } else {
        in.skipField(tag);
      }
    }
    return found;
  }
}
