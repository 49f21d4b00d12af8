package dev.resumable.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in PostgreSQL, which keeps microseconds. A due time (or the end of a claim) is
 * rounded up to the next microsecond and the time asked about is rounded down, so a timer is
 * never found due before its time, nor a claim over before its end (either may be a microsecond
 * late). {@code due_nanos} keeps what the rounding took from a due time, so that it loads as it
 * was stored.
 */
final class Times {

  private Times() {}

  static OffsetDateTime roundedUp(Instant instant) {
    if (instant == null) {
      return null;
    }
    Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
    return (micros.equals(instant) ? micros : micros.plus(1, ChronoUnit.MICROS))
        .atOffset(ZoneOffset.UTC);
  }

  static OffsetDateTime roundedDown(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** What {@link #roundedUp} takes away, for the {@code due_nanos} column; null for null. */
  static Integer nanosPastMicros(Instant instant) {
    return instant == null ? null : instant.getNano() % 1_000;
  }

  /** The due time stored in the columns {@code dueAt} and {@code dueNanos} of {@code row}. */
  static Instant due(ResultSet row, int dueAt, int dueNanos) throws SQLException {
    OffsetDateTime roundedUp = row.getObject(dueAt, OffsetDateTime.class);
    if (roundedUp == null) {
      return null;
    }
    int nanos = row.getInt(dueNanos);
    Instant up = roundedUp.toInstant();
    return nanos == 0 ? up : up.minus(1, ChronoUnit.MICROS).plusNanos(nanos);
  }
}
