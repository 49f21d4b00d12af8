package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionalCodecTest {

  private final Codec<Optional<String>> codec = Codecs.of(new TypeRef<Optional<String>>() {});

  @Test
  void emptyPresentAndNullStayDistinct() {
    assertEquals(Optional.of("x"), RoundTrip.of(codec, Optional.of("x")));
    assertEquals(Optional.empty(), RoundTrip.of(codec, Optional.empty()));
    assertNull(RoundTrip.of(codec, null));
    assertEquals(0, codec.encode(Optional.empty()).getListValue().getItemsCount());
    assertEquals(Value.KindCase.LIST_VALUE, codec.encode(Optional.empty()).getKindCase());
    assertEquals(Value.KindCase.KIND_NOT_SET, codec.encode(null).getKindCase());
  }

  @Test
  void contentUsesItsOwnType() {
    Codec<Optional<List<Integer>>> lists = Codecs.of(new TypeRef<Optional<List<Integer>>>() {});
    assertEquals(Optional.of(List.of(1, 2)), RoundTrip.of(lists, Optional.of(List.of(1, 2))));

    Codec<List<Optional<Integer>>> ofOptionals =
        Codecs.of(new TypeRef<List<Optional<Integer>>>() {});
    List<Optional<Integer>> value = List.of(Optional.of(1), Optional.empty());
    assertEquals(value, RoundTrip.of(ofOptionals, value));
  }

  @Test
  void moreThanOneItemIsACodecException() {
    Value two =
        Value.newBuilder()
            .setListValue(
                ValueList.newBuilder()
                    .addItems(Value.newBuilder().setStringValue("a"))
                    .addItems(Value.newBuilder().setStringValue("b")))
            .build();
    CodecException e = assertThrows(CodecException.class, () -> codec.decode(two));
    assertTrue(e.getMessage().contains("java.util.Optional<java.lang.String>"), e.getMessage());
  }

  @Test
  void rawOptionalIsRejected() {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Optional.class));
    assertTrue(e.getMessage().contains("raw type java.util.Optional"), e.getMessage());
  }
}
