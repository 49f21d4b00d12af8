package dev.resumable.codec;

import java.time.DateTimeException;
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
import java.util.Map;
import java.util.function.Function;

/**
 * Codecs of java.time values as their ISO text, which every one of these types parses back to an
 * equal value. DayOfWeek and Month are enums and need nothing here.
 */
final class TimeCodecs {

  private static final Map<Class<?>, Codec<?>> CODECS =
      Map.ofEntries(
          text(Instant.class, Instant::parse),
          text(LocalDate.class, LocalDate::parse),
          text(LocalTime.class, LocalTime::parse),
          text(LocalDateTime.class, LocalDateTime::parse),
          text(OffsetDateTime.class, OffsetDateTime::parse),
          text(OffsetTime.class, OffsetTime::parse),
          text(ZonedDateTime.class, ZonedDateTime::parse),
          text(Duration.class, Duration::parse),
          text(Period.class, Period::parse),
          text(Year.class, Year::parse),
          text(YearMonth.class, TimeCodecs::parseYearMonth),
          text(MonthDay.class, MonthDay::parse),
          text(ZoneId.class, ZoneId::of),
          text(ZoneOffset.class, ZoneOffset::of));

  private TimeCodecs() {}

  /** The codec of {@code type}, or null if it is not one of the types above. */
  static Codec<?> forClass(Class<?> type) {
    return CODECS.get(type);
  }

  /** YearMonth.parse wants a '+' before years past 9999, which YearMonth.toString omits. */
  private static YearMonth parseYearMonth(String text) {
    int dash = text.lastIndexOf('-');
    if (dash <= 0) {
      throw new DateTimeException("expected a year and a month, such as 2024-02");
    }
    return YearMonth.of(
        Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
  }

  private static <T> Map.Entry<Class<T>, Codec<T>> text(Class<T> type, Function<String, T> parse) {
    return Map.entry(type, new TextCodec<>(type, Object::toString, parse));
  }
}
