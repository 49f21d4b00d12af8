package dev.resumable.bench.report;

/** The ratio a row aims for, if any, and whether a measured ratio meets it. */
public record Target(Bound bound, double limit) {

  /** Which side of the limit a good ratio lies on. */
  public enum Bound { AT_MOST, AT_LEAST, NONE }

  public static Target atMost(double limit) {
    return new Target(Bound.AT_MOST, limit);
  }

  public static Target atLeast(double limit) {
    return new Target(Bound.AT_LEAST, limit);
  }

  /** A row reported for its figures, with no ratio to meet. */
  public static Target none() {
    return new Target(Bound.NONE, Double.NaN);
  }

  String describe() {
    switch (bound) {
      case AT_MOST:
        return "≤ " + Numbers.ratio(limit);
      case AT_LEAST:
        return "≥ " + Numbers.ratio(limit);
      default:
        return "—";
    }
  }

  /** "yes", "**no**" or, without a target, "report only". */
  String verdict(double ratio) {
    switch (bound) {
      case AT_MOST:
        return ratio <= limit ? "yes" : "**no, missed**";
      case AT_LEAST:
        return ratio >= limit ? "yes" : "**no, missed**";
      default:
        return "report only";
    }
  }
}
