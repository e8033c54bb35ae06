package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.cohort.boundary.CohortTeachers;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortTeacher;
import org.pathways.identity.entity.Caller;

/**
 * Answers the cohort feature's questions "how far are this cohort's teachers?" (two queries) and
 * "which cohorts did this teacher join?" (one).
 */
@ApplicationScoped
public class CohortLearners implements CohortTeachers {

  @Inject Learning learning;

  @Override
  public List<CohortTeacher> of(Caller caller, Cohort cohort) {
    return learning.cohortLearners(caller, cohort).stream()
        .map(
            l ->
                new CohortTeacher(
                    l.enrollment().getAccountId(), l.enrollment().getId(), l.progress().percent()))
        .toList();
  }

  @Override
  public Set<UUID> cohortsOf(UUID account) {
    return learning.cohortsOf(account);
  }
}
