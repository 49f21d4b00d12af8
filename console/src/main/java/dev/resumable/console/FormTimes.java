package dev.resumable.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Times typed into the list page's form: an instant ({@code 2030-01-31T09:30:00Z}), or a date
 * and time or a date alone, both read as UTC, the zone every time on the console is shown in.
 */
final class FormTimes {

  private FormTimes() {}

  static Instant parse(String text, String field) {
    String time = text.strip();
    try {
      return Instant.parse(time);
    } catch (DateTimeParseException notAnInstant) {
      // fall through to the forms without a zone
    }
    try {
      return LocalDateTime.parse(time).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notADateTime) {
      // fall through to a date alone
    }
    try {
      return LocalDate.parse(time).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new Request.BadRequest(field + " must be a time such as 2030-01-31T09:30:00Z, or"
          + " 2030-01-31T09:30 or 2030-01-31 in UTC, not " + text);
    }
  }
}
