package org.pathways.report.entity;

import java.util.Set;
import java.util.UUID;

/**
 * Whose figures a report adds up: the whole program ({@code districts} null, no cohort), some
 * districts (a district manager's own when they name none), or one cohort. {@code district} is the
 * one district named or implied, for the rows, else {@code null}.
 */
public record ReportScope(Set<UUID> districts, UUID district, UUID cohort) {

  public static final ReportScope PROGRAM = new ReportScope(null, null, null);

  public ReportScope {
    districts = districts == null ? null : Set.copyOf(districts);
  }

  public static ReportScope ofDistricts(Set<UUID> districts) {
    return new ReportScope(
        districts, districts.size() == 1 ? districts.iterator().next() : null, null);
  }

  public static ReportScope ofCohort(UUID cohort, UUID district) {
    return new ReportScope(null, district, cohort);
  }

  public boolean wholeProgram() {
    return districts == null && cohort == null;
  }
}
