package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Value;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeCodecsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static Stream<Arguments> values() {
    LocalDateTime overlap = LocalDateTime.of(2023, 10, 29, 2, 30);
    return Stream.of(
        Arguments.of(Instant.class, Instant.parse("2024-02-29T12:34:56.123456789Z")),
        Arguments.of(Instant.class, Instant.EPOCH),
        Arguments.of(Instant.class, Instant.MIN),
        Arguments.of(Instant.class, Instant.MAX),
        Arguments.of(LocalDate.class, LocalDate.of(2024, 2, 29)),
        Arguments.of(LocalDate.class, LocalDate.MIN),
        Arguments.of(LocalDate.class, LocalDate.MAX),
        Arguments.of(LocalDate.class, LocalDate.of(-44, 3, 15)),
        Arguments.of(LocalTime.class, LocalTime.of(10, 15)),
        Arguments.of(LocalTime.class, LocalTime.MAX),
        Arguments.of(LocalTime.class, LocalTime.of(0, 0, 0, 1)),
        Arguments.of(LocalDateTime.class, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600)),
        Arguments.of(LocalDateTime.class, LocalDateTime.MIN),
        Arguments.of(LocalDateTime.class, LocalDateTime.MAX),
        Arguments.of(OffsetDateTime.class, OffsetDateTime.parse("2024-01-01T10:00:00.5-03:30")),
        Arguments.of(OffsetDateTime.class, OffsetDateTime.MAX),
        Arguments.of(OffsetTime.class, OffsetTime.parse("23:59:59.999+14:00")),
        Arguments.of(OffsetTime.class, OffsetTime.MIN),
        Arguments.of(ZonedDateTime.class, ZonedDateTime.of(2024, 7, 1, 9, 0, 0, 0, PARIS)),
        // The later of the two 02:30s of the night the clocks went back: the offset decides.
        Arguments.of(
            ZonedDateTime.class, ZonedDateTime.of(overlap, PARIS).withLaterOffsetAtOverlap()),
        Arguments.of(
            ZonedDateTime.class, ZonedDateTime.of(overlap, PARIS).withEarlierOffsetAtOverlap()),
        Arguments.of(ZonedDateTime.class, ZonedDateTime.of(overlap, ZoneOffset.ofHours(5))),
        Arguments.of(ZonedDateTime.class, ZonedDateTime.of(overlap, ZoneId.of("UTC"))),
        Arguments.of(Duration.class, Duration.ofSeconds(-90061, 5)),
        Arguments.of(Duration.class, Duration.ZERO),
        Arguments.of(Duration.class, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)),
        Arguments.of(Duration.class, Duration.ofSeconds(Long.MIN_VALUE)),
        Arguments.of(Period.class, Period.of(1, 14, -3)),
        Arguments.of(Period.class, Period.ZERO),
        Arguments.of(Year.class, Year.of(2024)),
        Arguments.of(Year.class, Year.of(-5)),
        Arguments.of(Year.class, Year.of(Year.MAX_VALUE)),
        Arguments.of(Year.class, Year.of(Year.MIN_VALUE)),
        Arguments.of(YearMonth.class, YearMonth.of(2024, 2)),
        Arguments.of(YearMonth.class, YearMonth.of(12345, 12)),
        Arguments.of(YearMonth.class, YearMonth.of(-7, 1)),
        Arguments.of(MonthDay.class, MonthDay.of(2, 29)),
        Arguments.of(ZoneId.class, PARIS),
        Arguments.of(ZoneId.class, ZoneId.of("UTC")),
        Arguments.of(ZoneId.class, ZoneId.of("GMT+02:00")),
        Arguments.of(ZoneId.class, ZoneOffset.ofHoursMinutes(-9, -30)),
        Arguments.of(ZoneOffset.class, ZoneOffset.UTC),
        Arguments.of(ZoneOffset.class, ZoneOffset.ofHoursMinutesSeconds(5, 45, 30)));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTripsThroughItsIsoText(Class<?> type, Object value) {
    Codec<Object> codec = Codecs.forType(type);
    assertEquals(Value.newBuilder().setStringValue(value.toString()).build(), codec.encode(value));
    Object decoded = RoundTrip.of(codec, value);
    assertEquals(value, decoded);
    assertEquals(value.toString(), decoded.toString());
  }

  @Test
  void nullRoundTrips() {
    assertNull(RoundTrip.of(Codecs.of(Instant.class), null));
    assertNull(RoundTrip.of(Codecs.of(ZoneId.class), null));
  }

  @Test
  void zonedDateTimeKeepsItsZoneNotJustItsOffset() {
    ZonedDateTime paris = ZonedDateTime.of(2024, 7, 1, 9, 0, 0, 0, PARIS);
    ZonedDateTime decoded = RoundTrip.of(Codecs.of(ZonedDateTime.class), paris);
    assertEquals(PARIS, decoded.getZone());
    assertEquals(paris.getOffset(), decoded.getOffset());
  }

  @Test
  void unparsableTextNamesTheType() {
    Value text = Value.newBuilder().setStringValue("yesterday").build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(LocalDate.class).decode(text));
    assertTrue(e.getMessage().contains("java.time.LocalDate"), e.getMessage());
    assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
  }
}
