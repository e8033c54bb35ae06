package org.pathways.facilitation.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.pathways.facilitation.entity.TargetSource;
import org.pathways.workshop.boundary.NextWorkshops.PhaseStart;

/**
 * A cohort's target date: the one its managers set, else the start of the next workshop of the
 * phase that follows (Phase 2) of its course's program, of its district's workshops when it belongs
 * to a district (another district's workshop is not its teachers' date), of any otherwise.
 */
public final class TargetDate {

  /** The phase whose workshop a cohort's online course prepares for. */
  public static final int WORKSHOP_PHASE = 2;

  private TargetDate() {}

  /** The date used and where it came from; both null when there is none. */
  public record Target(LocalDate date, TargetSource source) {
    public static final Target NONE = new Target(null, null);
  }

  public static Target of(LocalDate own, String program, UUID district, List<PhaseStart> starts) {
    if (own != null) {
      return new Target(own, TargetSource.COHORT);
    }
    return starts.stream()
        .filter(s -> s.program().equals(program))
        .filter(s -> district == null || Objects.equals(district, s.district()))
        .min(Comparator.comparing(PhaseStart::at))
        .map(s -> new Target(s.date(), TargetSource.WORKSHOP))
        .orElse(Target.NONE);
  }
}
