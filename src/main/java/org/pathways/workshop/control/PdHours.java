package org.pathways.workshop.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
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
}
