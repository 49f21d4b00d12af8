package dev.resumable.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How figures read in the report: a few significant digits, units people use. */
final class Numbers {

  private Numbers() {}

  /** E.g. {@code 1.02×}, {@code 0.0453×}, {@code 12.5×}. */
  static String ratio(double ratio) {
    return plain(ratio) + "×";
  }

  /** Three significant digits, never in exponent form; thousands grouped above 10,000. */
  static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    if (Math.abs(value) >= 10_000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** A count, grouped: {@code 1,000,000}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Bytes as MiB with one decimal. */
  static String mebibytes(double bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
  }

  /** JMH's units as they are usually written: {@code us/op} is {@code µs/op}. */
  static String unit(String jmhUnit) {
    return jmhUnit.replace("us/", "µs/");
  }
}
