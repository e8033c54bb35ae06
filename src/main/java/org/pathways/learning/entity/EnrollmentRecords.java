package org.pathways.learning.entity;

import java.util.Map;
import java.util.UUID;

/**
 * Another feature's records kept on a teacher's enrolments (reflection's submissions), added to the
 * learning section of the personal-data export under their own name. Learning asks every CDI bean
 * implementing it, so that it never depends on those features.
 */
public interface EnrollmentRecords {

  /** The name of these records in the learning section. */
  String name();

  /** The records of these enrolments (each mapped to its course's slug), as JSON-ready maps. */
  Object export(Map<UUID, String> courseOfEnrollment);
}
