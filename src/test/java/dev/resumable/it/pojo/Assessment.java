package dev.resumable.it.pojo;

import java.math.BigDecimal;

/** An assessor's answer, as a POJO with public fields. */
public class Assessment {
  public String assessor;
  public BigDecimal granted;

  public Assessment() {}

  public Assessment(String assessor, BigDecimal granted) {
    this.assessor = assessor;
    this.granted = granted;
  }
}
