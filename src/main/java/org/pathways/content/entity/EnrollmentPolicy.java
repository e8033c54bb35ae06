package org.pathways.content.entity;

/** How a teacher may enrol in a course. */
public enum EnrollmentPolicy {
  /** Anyone with an account, in one click. */
  OPEN,
  /** Only with the code of a district cohort. */
  COHORT_CODE
}
