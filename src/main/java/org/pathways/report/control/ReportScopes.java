package org.pathways.report.control;

import java.util.Set;
import java.util.UUID;
import org.pathways.platform.entity.Refusal;
import org.pathways.report.entity.ReportScope;

/**
 * Who may add up whose figures. Program managers and administrators: the whole program, any
 * district, any cohort. A district manager: their own districts only (all of them when they name
 * none); another district, or a cohort outside theirs, is not found (404), as if it did not exist.
 * Anyone else is refused (403): reports are a staff call.
 */
public final class ReportScopes {

  /** A district or cohort the request names: whether it exists, and (a cohort's) district. */
  public record Named(UUID id, boolean exists, UUID district) {
    public static final Named NONE = new Named(null, false, null);
  }

  private ReportScopes() {}

  /** Whether this caller may ask for reports at all. */
  public static boolean mayReport(boolean organiser, Set<UUID> managed) {
    return organiser || !managed.isEmpty();
  }

  public static ReportScope decide(
      boolean organiser, Set<UUID> managed, Named district, Named cohort) {
    if (!mayReport(organiser, managed)) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "report.forbidden");
    }
    if (district.id() != null
        && (!district.exists() || !organiser && !managed.contains(district.id()))) {
      throw Refusal.notFound("report.not_found");
    }
    if (cohort.id() != null) {
      if (!cohort.exists()
          || !organiser && (cohort.district() == null || !managed.contains(cohort.district()))) {
        throw Refusal.notFound("report.not_found");
      }
      if (district.id() != null && !district.id().equals(cohort.district())) {
        throw Refusal.invalid("cohort", "report.cohort.other_district");
      }
      return ReportScope.ofCohort(cohort.id(), cohort.district());
    }
    if (district.id() != null) {
      return ReportScope.ofDistricts(Set.of(district.id()));
    }
    return organiser ? ReportScope.PROGRAM : ReportScope.ofDistricts(managed);
  }
}
