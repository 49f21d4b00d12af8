package dev.resumable.codec.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.protobuf.ByteString;
import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.Codecs;
import dev.resumable.codec.StoredWith;
import dev.resumable.codec.TypeRef;
import dev.resumable.proto.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POJOs through the engine's codecs with {@code @StoredWith(JacksonCodec.class)}. */
class JacksonCodecTest {

  /** A JavaBean as Temporal users write them: private fields, getters and setters. */
  @StoredWith(JacksonCodec.class)
  public static class OrderForm {
    private String customer;
    private BigDecimal total;
    private Instant placed;
    private List<String> skus = new ArrayList<>();
    private transient String cache = "not stored";

    public OrderForm() {}

    OrderForm(String customer, BigDecimal total, Instant placed, List<String> skus) {
      this.customer = customer;
      this.total = total;
      this.placed = placed;
      this.skus = skus;
    }

    public String getCustomer() {
      return customer;
    }

    /** Computed: not a field, so not stored. */
    public String getSummary() {
      return customer + " " + total;
    }
  }

  @StoredWith(JacksonCodec.class)
  public static class Animal {
    public String name;
  }

  public static class Dog extends Animal {
    public boolean goodBoy;
  }

  @StoredWith(JacksonCodec.class)
  public static class Pen {
    public Animal animal;
  }

  @StoredWith(JacksonCodec.class)
  public static class Cage {
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public Object inside;
  }

  @Test
  void everyFieldComesBackWithItsValueAndClass() {
    OrderForm form = new OrderForm("ada", new BigDecimal("12.50"),
        Instant.parse("2026-12-02T07:00:00Z"), new ArrayList<>(List.of("SKU-1", "SKU-2")));
    form.cache = "changed";
    Codec<OrderForm> codec = Codecs.of(OrderForm.class);
    OrderForm back = codec.decode(codec.encode(form));
    assertEquals("ada", back.customer);
    assertEquals(new BigDecimal("12.50"), back.total); // scale kept
    assertEquals(Instant.parse("2026-12-02T07:00:00Z"), back.placed);
    assertEquals(List.of("SKU-1", "SKU-2"), back.skus);
    assertEquals("not stored", back.cache); // transient: what the constructor gives
  }

  @Test
  void oneObjectReferredToTwiceComesBackAsOneObject() {
    OrderForm form = new OrderForm("bob", BigDecimal.ONE, Instant.EPOCH, new ArrayList<>());
    Codec<List<OrderForm>> codec = Codecs.of(new TypeRef<List<OrderForm>>() {});
    List<OrderForm> back = codec.decode(codec.encode(new ArrayList<>(List.of(form, form))));
    assertSame(back.get(0), back.get(1));
    assertNotSame(form, back.get(0));
  }

  @Test
  void aValueOfASubclassIsRefusedRatherThanRestoredAsItsDeclaredClass() {
    Dog dog = new Dog();
    dog.name = "rex";
    CodecException e = assertThrows(CodecException.class,
        () -> Codecs.of(Animal.class).encode(dog));
    assertTrue(e.getMessage().contains("cannot keep a " + Dog.class.getName() + " declared as "
        + Animal.class.getName()), e.getMessage());
  }

  @Test
  void aFieldHoldingASubclassWithFieldsOfItsOwnIsRefusedWhenStored() {
    Pen pen = new Pen();
    Dog dog = new Dog();
    dog.goodBoy = true;
    pen.animal = dog;
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Pen.class).encode(pen));
    assertTrue(e.getMessage().contains("would come back different"), e.getMessage());
  }

  @Test
  void aTypeIdThatNamesAClassIsRefusedWhenStored() {
    Cage cage = new Cage();
    cage.inside = new ArrayList<>(List.of("x"));
    CodecException e = assertThrows(CodecException.class,
        () -> Codecs.of(Cage.class).encode(cage));
    assertTrue(e.getMessage().contains("would not come back"), e.getMessage());
  }

  @Test
  void storedDataThatNamesAClassCreatesNoInstanceOfIt() {
    // As if written by someone else: the data asks for a class the code does not declare.
    Value forged = Value.newBuilder().setBytesValue(ByteString.copyFromUtf8(
        "{\"inside\":[\"java.util.concurrent.atomic.AtomicLong\",5]}")).build();
    assertThrows(CodecException.class, () -> Codecs.of(Cage.class).decode(forged));
  }
}
