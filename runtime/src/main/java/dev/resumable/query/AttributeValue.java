package dev.resumable.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The typed value of a search attribute: a string, a number, a time or a boolean. Queries match
 * an attribute by name and value; a number matches by value ({@code 42} finds {@code 42.0}).
 *
 * <p>Values are checked when made, so that every store can index them exactly: a string holds
 * at most {@value #MAX_STRING_LENGTH} characters, and a time at most microsecond precision
 * (PostgreSQL keeps no more; truncate with {@code instant.truncatedTo(ChronoUnit.MICROS)}).
 */
public final class AttributeValue {

  /** The longest string value; longer ones would not fit every store's index. */
  public static final int MAX_STRING_LENGTH = 500;

  /** What an attribute value is. */
  public enum Kind { STRING, NUMBER, TIME, BOOLEAN }

  private final Kind kind;
  private final Object value;

  private AttributeValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  public static AttributeValue of(String value) {
    notNull(value);
    if (value.length() > MAX_STRING_LENGTH) {
      throw new IllegalArgumentException("a string attribute holds at most " + MAX_STRING_LENGTH
          + " characters, not " + value.length());
    }
    return new AttributeValue(Kind.STRING, value);
  }

  public static AttributeValue of(long value) {
    return new AttributeValue(Kind.NUMBER, BigDecimal.valueOf(value));
  }

  public static AttributeValue of(BigDecimal value) {
    notNull(value);
    return new AttributeValue(Kind.NUMBER, value);
  }

  public static AttributeValue of(Instant value) {
    notNull(value);
    if (!value.truncatedTo(ChronoUnit.MICROS).equals(value)) {
      throw new IllegalArgumentException("a time attribute keeps microseconds, and " + value
          + " has nanoseconds; pass value.truncatedTo(ChronoUnit.MICROS)");
    }
    return new AttributeValue(Kind.TIME, value);
  }

  public static AttributeValue of(boolean value) {
    return new AttributeValue(Kind.BOOLEAN, value);
  }

  private static void notNull(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("an attribute value must not be null");
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The value: a {@link String}, {@link BigDecimal}, {@link Instant} or {@link Boolean}. */
  public Object value() {
    return value;
  }

  /** Numbers are equal by value, whatever their scale. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AttributeValue that) || kind != that.kind) {
      return false;
    }
    return kind == Kind.NUMBER
        ? ((BigDecimal) value).compareTo((BigDecimal) that.value) == 0
        : value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return kind == Kind.NUMBER
        ? ((BigDecimal) value).stripTrailingZeros().hashCode()
        : value.hashCode();
  }

  @Override
  public String toString() {
    return kind == Kind.STRING ? "\"" + value + "\"" : value.toString();
  }
}
