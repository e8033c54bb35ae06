package org.pathways.cohort.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff send to edit a cohort: the whole of its settings (a PUT). An optional field left out
 * clears it: no target date, a code that never expires, the default idle days.
 */
public class CohortChange {

  @NotBlank(message = "{cohort.change.name.required}")
  @Size(max = Cohort.NAME_MAX, message = "{cohort.change.name.size}")
  public String name;

  /** The date its teachers should be done by (optional). */
  public LocalDate targetDate;

  /** The last day the code works (optional). */
  public LocalDate codeExpiresOn;

  /** Days without activity that flag a teacher (optional; 7 when left out). */
  @Min(value = Cohort.IDLE_DAYS_MIN, message = "{cohort.change.inactive_days.range}")
  @Max(value = Cohort.IDLE_DAYS_MAX, message = "{cohort.change.inactive_days.range}")
  public Integer inactiveDays;

  /** The settings a cohort has today, as a form starts from. */
  public static CohortChange of(Cohort cohort) {
    CohortChange change = new CohortChange();
    change.name = cohort.getName();
    change.targetDate = cohort.getTargetDate();
    change.codeExpiresOn = cohort.getCodeExpiresOn();
    change.inactiveDays = cohort.getInactiveDays();
    return change;
  }
}
