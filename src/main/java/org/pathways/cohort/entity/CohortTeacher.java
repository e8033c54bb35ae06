package org.pathways.cohort.entity;

import java.util.UUID;

/** A teacher enrolled through a cohort: who, which enrolment, how far (0-100). */
public record CohortTeacher(UUID accountId, UUID enrollmentId, int percent) {}
