package org.pathways.learning.entity;

import java.math.BigDecimal;

/**
 * What a course's enrolments add up to over a date range, for program reports: teachers enrolled by
 * its end, active in the 7 and 30 days before it ends, who completed the course within it, and the
 * PD hours of the course certificates issued within it.
 */
public record CourseFigures(
    String course,
    long enrolled,
    long active7d,
    long active30d,
    long completed,
    BigDecimal certificateHours) {

  public static CourseFigures none(String course) {
    return new CourseFigures(course, 0, 0, 0, 0, BigDecimal.ZERO);
  }
}
