package org.pathways.facilitation.entity;

import java.time.LocalDate;
import java.util.List;
import org.pathways.cohort.entity.Cohort;

/**
 * A cohort's teachers by module: the modules of its course in order, a row per teacher (in
 * enrolment order), the target date used and where it came from (null: none), and the idle days
 * that flag a teacher.
 */
public record ProgressMatrix(
    Cohort cohort,
    String courseTitle,
    LocalDate targetDate,
    TargetSource targetSource,
    int inactiveDays,
    List<Module> modules,
    List<TeacherRow> teachers) {

  /** A column of the matrix. */
  public record Module(String key, String title) {}
}
