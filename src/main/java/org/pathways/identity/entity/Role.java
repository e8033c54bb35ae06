package org.pathways.identity.entity;

/** What an account may do beyond learning. Every account is a TEACHER. */
public enum Role {
  TEACHER,
  FACILITATOR,
  PROGRAM_MANAGER,
  CONTENT_ADMIN,
  ADMIN
}
