package dev.resumable.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Page cursors: where a page ended, as an opaque string a client passes back. It names the
 * order it was made for, so that a cursor used with another order is refused rather than
 * silently skipping or repeating instances.
 */
final class Cursors {

  private static final String VERSION = "1";

  private Cursors() {}

  static String encode(InstanceQuery.Order order, boolean descending, Instant key, String id) {
    String plain = VERSION + "|" + order + "|" + (descending ? "d" : "a") + "|"
        + (key == null ? "" : key.getEpochSecond() + "." + key.getNano()) + "|" + id;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static InstanceQuery.Position decode(String cursor, InstanceQuery.Order order,
      boolean descending) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
          .split("\\|", 5);
    } catch (IllegalArgumentException e) {
      throw notACursor(cursor);
    }
    if (parts.length != 5 || !parts[0].equals(VERSION) || parts[4].isEmpty()) {
      throw notACursor(cursor);
    }
    String madeFor = parts[1] + (parts[2].equals("d") ? " descending" : "");
    if (!parts[1].equals(order.name()) || parts[2].equals("d") != descending) {
      throw new IllegalArgumentException("cursor \"" + cursor + "\" continues a query ordered by "
          + madeFor + ", not by " + order + (descending ? " descending" : "")
          + "; use the order of the query that returned it");
    }
    return new InstanceQuery.Position(key(parts[3], cursor), parts[4]);
  }

  private static Instant key(String text, String cursor) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      String[] secondsAndNanos = text.split("\\.", 2);
      return Instant.ofEpochSecond(Long.parseLong(secondsAndNanos[0]),
          Long.parseLong(secondsAndNanos[1]));
    } catch (RuntimeException e) {
      throw notACursor(cursor);
    }
  }

  private static IllegalArgumentException notACursor(String cursor) {
    return new IllegalArgumentException("\"" + cursor + "\" is not a cursor of an instance page;"
        + " pass the nextCursor of a page unchanged");
  }
}
