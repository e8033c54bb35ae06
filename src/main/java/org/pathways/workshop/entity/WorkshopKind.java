package org.pathways.workshop.entity;

import java.math.BigDecimal;

/**
 * What sort of workshop it is, and the most PD hours attending one can earn (the cap keeps long
 * sessions from earning more than the program grants for that kind of workshop).
 */
public enum WorkshopKind {
  ONE_DAY(7),
  MULTI_DAY(21),
  SUMMER(35),
  QUARTERLY(24),
  YEAR_END(14);

  private final BigDecimal hoursCap;

  WorkshopKind(int hoursCap) {
    this.hoursCap = BigDecimal.valueOf(hoursCap);
  }

  public BigDecimal hoursCap() {
    return hoursCap;
  }
}
