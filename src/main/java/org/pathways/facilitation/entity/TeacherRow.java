package org.pathways.facilitation.entity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pathways.facilitation.control.AtRisk;
import org.pathways.learning.boundary.CohortProgress.ModuleStanding;

/** One teacher of a cohort's progress: how far in each module and overall, and whether at risk. */
public record TeacherRow(
    UUID accountId,
    String name,
    String email,
    int percent,
    Instant lastActivityAt,
    AtRisk.Verdict verdict,
    List<ModuleStanding> modules) {

  public boolean atRisk() {
    return verdict.atRisk();
  }
}
