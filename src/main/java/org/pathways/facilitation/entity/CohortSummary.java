package org.pathways.facilitation.entity;

import java.util.UUID;
import org.pathways.facilitation.control.CohortCounts;

/** A cohort as "My cohorts" lists it, with its counts. */
public record CohortSummary(
    UUID id,
    String name,
    String district,
    String course,
    String courseTitle,
    CohortCounts counts) {}
