package org.pathways.workshop.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pathways.workshop.entity.WorkshopKind;

/**
 * The PD hours attendance earns: the length of every attended session, in whole quarter hours, at
 * most the cap of the workshop's kind.
 */
public final class PdHours {

  private PdHours() {}

  public static BigDecimal earned(WorkshopKind kind, Collection<Duration> attended) {
    long minutes = attended.stream().mapToLong(Duration::toMinutes).map(m -> Math.max(0, m)).sum();
    BigDecimal hours =
        BigDecimal.valueOf(minutes / 15).divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
    return hours.min(kind.hoursCap()).setScale(2, RoundingMode.DOWN);
  }

  /**
   * The hours each attended session earns, in session order, after the cap: each session adds what
   * the workshop's hours grow by when it is counted, so the shares sum to exactly {@link #earned}
   * (quarter hours are counted on the running total, and the sessions after the cap is reached earn
   * nothing).
   */
  public static List<BigDecimal> perSession(WorkshopKind kind, List<Duration> attendedInOrder) {
    List<BigDecimal> shares = new ArrayList<>();
    List<Duration> counted = new ArrayList<>();
    BigDecimal before = BigDecimal.ZERO.setScale(2);
    for (Duration length : attendedInOrder) {
      counted.add(length);
      BigDecimal now = earned(kind, counted);
      shares.add(now.subtract(before));
      before = now;
    }
    return shares;
  }
}
