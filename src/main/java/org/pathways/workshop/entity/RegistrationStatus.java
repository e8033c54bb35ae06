package org.pathways.workshop.entity;

/** Where a teacher stands for a workshop. */
public enum RegistrationStatus {
  REGISTERED,
  WAITLISTED,
  CANCELLED
}
