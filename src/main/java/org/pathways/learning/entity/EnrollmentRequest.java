package org.pathways.learning.entity;

/** {@code POST /api/enrollments}: the course, and a cohort code when it needs one. */
public class EnrollmentRequest {
  public String course;
  public String code;
}
