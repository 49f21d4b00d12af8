package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Value;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class EnumCodecTest {

  enum Color {
    RED,
    GREEN,
    BLUE
  }

  /** Constants with bodies are instances of anonymous subclasses of the enum. */
  enum Operation {
    PLUS {
      @Override
      int apply(int a, int b) {
        return a + b;
      }
    },
    TIMES {
      @Override
      int apply(int a, int b) {
        return a * b;
      }
    };

    abstract int apply(int a, int b);
  }

  @Test
  void constantsAreStoredByName() {
    Codec<Color> codec = Codecs.of(Color.class);
    assertEquals(Value.newBuilder().setEnumValue("GREEN").build(), codec.encode(Color.GREEN));
    for (Color color : Color.values()) {
      assertSame(color, RoundTrip.of(codec, color));
    }
    assertNull(RoundTrip.of(codec, null));
  }

  @Test
  void constantsWithBodiesRoundTrip() {
    Codec<Operation> codec = Codecs.of(Operation.class);
    assertEquals("TIMES", codec.encode(Operation.TIMES).getEnumValue());
    assertSame(Operation.TIMES, RoundTrip.of(codec, Operation.TIMES));
  }

  @Test
  void jdkEnumsWork() {
    assertSame(DayOfWeek.SUNDAY, RoundTrip.of(Codecs.of(DayOfWeek.class), DayOfWeek.SUNDAY));
  }

  @Test
  void unknownNameNamesTheEnumAndTheName() {
    Value purple = Value.newBuilder().setEnumValue("PURPLE").build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(Color.class).decode(purple));
    assertTrue(e.getMessage().contains(Color.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("\"PURPLE\""), e.getMessage());
  }
}
