package org.pathways.platform.entity;

import java.util.List;

/**
 * An API error as RFC 9457 problem details, in plain words a teacher understands. {@code errors}
 * lists invalid fields, or package problems, when there are any.
 */
public record ProblemDetail(String type, String title, int status, String detail, List<?> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field, and why, in plain words. */
  public record FieldProblem(String field, String message) {}

  public static ProblemDetail of(int status, String title, String detail) {
    return new ProblemDetail("about:blank", title, status, detail, null);
  }

  public ProblemDetail withErrors(List<?> errors) {
    return new ProblemDetail(type, title, status, detail, List.copyOf(errors));
  }
}
