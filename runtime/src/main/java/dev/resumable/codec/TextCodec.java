package dev.resumable.codec;

import dev.resumable.proto.Value;
import java.util.function.Function;

/** A type persisted as its exact text form, such as {@code BigDecimal} or {@code Instant}. */
final class TextCodec<T> extends LeafCodec<T> {

  // Enough of a bad text to recognise it without flooding logs with stored data.
  private static final int QUOTED_TEXT_LIMIT = 80;

  private final Function<T, String> format;
  private final Function<String, T> parse;

  TextCodec(Class<T> type, Function<T, String> format, Function<String, T> parse) {
    super(type);
    this.format = format;
    this.parse = parse;
  }

  @Override
  Value encodeNonNull(T value) {
    return Value.newBuilder().setStringValue(format.apply(value)).build();
  }

  @Override
  T decodeSet(Value value) {
    if (value.getKindCase() != Value.KindCase.STRING_VALUE) {
      throw wrongKind(value, Value.KindCase.STRING_VALUE);
    }
    String text = value.getStringValue();
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new CodecException(
          "cannot read " + quote(text) + " as " + typeName() + ": " + e.getMessage(), e);
    }
  }

  private static String quote(String text) {
    return text.length() <= QUOTED_TEXT_LIMIT
        ? '"' + text + '"'
        : '"' + text.substring(0, QUOTED_TEXT_LIMIT) + "...\"";
  }
}
