package org.pathways.cohort.boundary;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortTeacher;
import org.pathways.identity.entity.Caller;

/**
 * The teachers of a cohort with their progress. Progress belongs to the learning feature, which
 * depends on cohorts (a teacher enrols with a cohort's code) and answers through this interface, so
 * that cohort never depends on learning.
 */
public interface CohortTeachers {

  /** The teachers of a cohort the caller may read, each with their progress. */
  List<CohortTeacher> of(Caller caller, Cohort cohort);

  /** The cohorts an account enrolled with as a teacher (one query). */
  Set<UUID> cohortsOf(UUID account);
}
