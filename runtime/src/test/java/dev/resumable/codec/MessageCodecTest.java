package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.MessageLite;
import dev.resumable.proto.Failure;
import dev.resumable.proto.StackElement;
import dev.resumable.proto.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

  private static final Failure FAILURE =
      Failure.newBuilder()
          .setType("java.lang.IllegalStateException")
          .setMessage("boom")
          .addStack(StackElement.newBuilder().setDeclaringClass("a.B").setMethod("m").setLine(3))
          .setCause(Failure.newBuilder().setType("java.io.IOException"))
          .build();

  @Test
  void messageIsStoredAsItsWireBytes() {
    Codec<Failure> codec = Codecs.of(Failure.class);
    assertEquals(
        Value.newBuilder().setBytesValue(FAILURE.toByteString()).build(), codec.encode(FAILURE));
    assertEquals(FAILURE, RoundTrip.of(codec, FAILURE));
    assertEquals(Failure.getDefaultInstance(), RoundTrip.of(codec, Failure.getDefaultInstance()));
    assertNull(RoundTrip.of(codec, null));
  }

  @Test
  void messagesNestInCollectionsAndRecords() {
    record Report(String title, List<Failure> failures) {}
    Report report = new Report("nightly", List.of(FAILURE, Failure.getDefaultInstance()));
    assertEquals(report, RoundTrip.of(Codecs.of(Report.class), report));
  }

  @Test
  void malformedBytesAreACodecException() {
    Value garbage =
        Value.newBuilder().setBytesValue(ByteString.copyFrom(new byte[] {(byte) 0xff})).build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(Failure.class).decode(garbage));
    assertTrue(e.getMessage().contains(Failure.class.getName()), e.getMessage());
  }

  @Test
  void messageTypesWithoutAGeneratedParserAreRejected() {
    for (Class<?> type : List.of(Message.class, MessageLite.class, DynamicMessage.class)) {
      CodecException e = assertThrows(CodecException.class, () -> Codecs.forType(type));
      assertTrue(e.getMessage().contains(type.getName()), e.getMessage());
      assertTrue(e.getMessage().contains("parser"), e.getMessage());
    }
  }
}
