package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Fields;
import dev.resumable.proto.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  public record Shipment(
      String id, int parcels, BigDecimal weight, Instant sentAt, boolean fragile) {}

  public record Customer(String name, Address address) {}

  public record Address(String street, String city) {}

  public record Box<T>(T content) {}

  public record Pair<A, B>(A first, List<B> rest) {}

  public record Tagged<T>(T[] items, Map<String, T> byName) {}

  public record Node(String name, List<Node> children) {}

  private record Secret(String value, long code) {}

  record OrderV1(String id) {}

  record OrderV2(
      String id,
      int quantity,
      long total,
      double rate,
      boolean paid,
      String note,
      List<String> tags) {}

  record Positive(int value) {
    Positive {
      if (value <= 0) {
        throw new IllegalArgumentException("not positive: " + value);
      }
    }
  }

  record Holder(Object anything) {}

  @Test
  void recordIsStoredComponentByComponent() {
    Shipment shipment =
        new Shipment(
            "S-1", 3, new BigDecimal("12.50"), Instant.parse("2024-05-01T08:00:00Z"), true);
    Codec<Shipment> codec = Codecs.of(Shipment.class);
    Value encoded = codec.encode(shipment);
    Map<String, Value> fields = encoded.getRecordValue().getFieldsMap();
    assertEquals(
        List.of("fragile", "id", "parcels", "sentAt", "weight"),
        fields.keySet().stream().sorted().toList());
    assertEquals(3, fields.get("parcels").getIntValue());
    assertEquals("12.50", fields.get("weight").getStringValue());
    assertEquals(shipment, RoundTrip.of(codec, shipment));
  }

  @Test
  void encodedDataNamesNoClass() {
    byte[] bytes =
        Codecs.of(Customer.class)
            .encode(new Customer("Ada", new Address("Main St", "Oslo")))
            .toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertFalse(text.contains("Customer"), text);
    assertFalse(text.contains("Address"), text);
    assertFalse(text.contains("dev.resumable"), text);
  }

  @Test
  void nestedRecordsAndNullComponentsRoundTrip() {
    Codec<Customer> codec = Codecs.of(Customer.class);
    Customer full = new Customer("Ada", new Address("Main St", "Oslo"));
    assertEquals(full, RoundTrip.of(codec, full));
    Customer partial = new Customer(null, new Address(null, "Oslo"));
    assertEquals(partial, RoundTrip.of(codec, partial));
    Customer noAddress = new Customer("Bob", null);
    assertEquals(noAddress, RoundTrip.of(codec, noAddress));
    assertNull(RoundTrip.of(codec, null));
  }

  @Test
  void genericRecordTakesItsTypeArguments() {
    Codec<Box<String>> strings = Codecs.of(new TypeRef<Box<String>>() {});
    assertEquals(
        "hello",
        strings
            .encode(new Box<>("hello"))
            .getRecordValue()
            .getFieldsOrThrow("content")
            .getStringValue());
    assertEquals(new Box<>("hello"), RoundTrip.of(strings, new Box<>("hello")));

    Codec<Box<Integer>> integers = Codecs.of(new TypeRef<Box<Integer>>() {});
    assertEquals(
        42,
        integers.encode(new Box<>(42)).getRecordValue().getFieldsOrThrow("content").getIntValue());
    assertEquals(new Box<>(42), RoundTrip.of(integers, new Box<>(42)));

    Codec<Box<Box<List<Address>>>> nested = Codecs.of(new TypeRef<Box<Box<List<Address>>>>() {});
    Box<Box<List<Address>>> value = new Box<>(new Box<>(List.of(new Address("a", "b"))));
    assertEquals(value, RoundTrip.of(nested, value));
  }

  @Test
  void typeVariablesInsideComponentTypesAreResolved() {
    Codec<Pair<String, Integer>> codec = Codecs.of(new TypeRef<Pair<String, Integer>>() {});
    Pair<String, Integer> pair = new Pair<>("x", List.of(1, 2, 3));
    assertEquals(pair, RoundTrip.of(codec, pair));

    Codec<Tagged<Long>> tagged = Codecs.of(new TypeRef<Tagged<Long>>() {});
    Tagged<Long> value = new Tagged<>(new Long[] {1L, null, 3L}, Map.of("one", 1L));
    Tagged<Long> decoded = RoundTrip.of(tagged, value);
    assertInstanceOf(Long[].class, decoded.items());
    assertArrayEquals(value.items(), decoded.items());
    assertEquals(value.byName(), decoded.byName());
  }

  @Test
  void genericRecordRejectsAComponentOfTheWrongRuntimeType() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Box<String> polluted = (Box<String>) (Box) new Box<>(7);
    CodecException e =
        assertThrows(
            CodecException.class, () -> Codecs.of(new TypeRef<Box<String>>() {}).encode(polluted));
    assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
    assertTrue(e.getMessage().contains("component content"), e.getMessage());
  }

  @Test
  void componentMissingFromTheDataDecodesAsDefault() {
    Value old = Codecs.of(OrderV1.class).encode(new OrderV1("o-1"));
    OrderV2 decoded = Codecs.of(OrderV2.class).decode(old);
    assertEquals(new OrderV2("o-1", 0, 0L, 0d, false, null, null), decoded);
  }

  @Test
  void dataForARemovedComponentIsIgnored() {
    Value newer =
        Codecs.of(OrderV2.class)
            .encode(new OrderV2("o-2", 5, 500L, 0.2, true, "gift", List.of("rush")));
    assertEquals(new OrderV1("o-2"), Codecs.of(OrderV1.class).decode(newer));
  }

  @Test
  void componentOrderInTheDataDoesNotMatter() {
    Value reordered =
        Value.newBuilder()
            .setRecordValue(
                Fields.newBuilder()
                    .putFields("city", Value.newBuilder().setStringValue("Rome").build())
                    .putFields("street", Value.newBuilder().setStringValue("Via Appia").build()))
            .build();
    assertEquals(new Address("Via Appia", "Rome"), Codecs.of(Address.class).decode(reordered));
  }

  @Test
  void privateAndLocalRecordsWork() {
    Secret secret = new Secret("s", 99L);
    assertEquals(secret, RoundTrip.of(Codecs.of(Secret.class), secret));

    record Local(String name, Optional<Integer> age) {}
    Local local = new Local("x", Optional.of(3));
    assertEquals(local, RoundTrip.of(Codecs.of(Local.class), local));
  }

  @Test
  void recursiveRecordRoundTrips() {
    Node tree =
        new Node(
            "root", List.of(new Node("a", List.of()), new Node("b", List.of(new Node("c", null)))));
    assertEquals(tree, RoundTrip.of(Codecs.of(Node.class), tree));
  }

  @Test
  void canonicalConstructorValidatesDecodedData() {
    Value negative =
        Value.newBuilder()
            .setRecordValue(
                Fields.newBuilder().putFields("value", Value.newBuilder().setIntValue(-4).build()))
            .build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(Positive.class).decode(negative));
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(e.getMessage().contains(Positive.class.getName()), e.getMessage());
  }

  @Test
  void wrongKindInAComponentNamesTheComponent() {
    Value wrong =
        Value.newBuilder()
            .setRecordValue(
                Fields.newBuilder()
                    .putFields("id", Value.newBuilder().setStringValue("S").build())
                    .putFields("parcels", Value.newBuilder().setStringValue("three").build()))
            .build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(Shipment.class).decode(wrong));
    assertTrue(
        e.getMessage().contains("component parcels of " + Shipment.class.getName()),
        e.getMessage());
    assertTrue(e.getMessage().contains("string_value"), e.getMessage());
  }

  @Test
  void rawGenericRecordIsRejected() {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Box.class));
    assertTrue(e.getMessage().contains("raw type " + Box.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("TypeRef"), e.getMessage());
  }

  @Test
  void unsupportedComponentNamesTypeAndComponent() {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Holder.class));
    assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    assertTrue(
        e.getMessage().contains("component anything of " + Holder.class.getName()), e.getMessage());
  }

  @Test
  void decodedRecordComponentsKeepTheirClass() {
    Pair<String, String> pair = new Pair<>("x", new ArrayList<>(List.of("a")));
    Pair<String, String> decoded =
        RoundTrip.of(Codecs.of(new TypeRef<Pair<String, String>>() {}), pair);
    assertInstanceOf(ArrayList.class, decoded.rest());
    decoded.rest().add("b");
    assertEquals(List.of("a", "b"), decoded.rest());
    Pair<String, String> immutable =
        RoundTrip.of(Codecs.of(new TypeRef<Pair<String, String>>() {}), new Pair<>("x", List.of("a")));
    assertThrows(UnsupportedOperationException.class, () -> immutable.rest().add("b"));
  }
}
