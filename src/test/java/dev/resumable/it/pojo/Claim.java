package dev.resumable.it.pojo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An insurance claim as a JavaBean: private fields, a no-argument constructor, accessors. */
public class Claim {
  private String customer;
  private BigDecimal claimed;
  private List<String> notes = new ArrayList<>();
  private String status = "new";

  public Claim() {}

  public Claim(String customer, BigDecimal claimed) {
    this.customer = customer;
    this.claimed = claimed;
  }

  public String getCustomer() {
    return customer;
  }

  public BigDecimal getClaimed() {
    return claimed;
  }

  public List<String> getNotes() {
    return notes;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
