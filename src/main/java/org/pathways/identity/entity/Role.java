package org.pathways.identity.entity;

/** What an account may do beyond learning. Every account is a TEACHER. */
public enum Role {
  TEACHER,
  FACILITATOR,
  /**
   * Manages the districts they accepted an invitation for: their cohorts, teachers and workshops.
   */
  DISTRICT_MANAGER,
  PROGRAM_MANAGER,
  CONTENT_ADMIN,
  ADMIN
}
