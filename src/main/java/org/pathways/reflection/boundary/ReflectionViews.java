package org.pathways.reflection.boundary;

import java.time.Instant;
import java.util.List;

/** Reflections as the API shows them (the Reflections table of the contract). */
public final class ReflectionViews {

  private ReflectionViews() {}

  public record DraftView(String text, int revision, Instant savedAt) {}

  public record FeedbackView(
      String id, String author, String text, String html, Instant createdAt) {}

  public record SubmissionView(
      String id,
      int version,
      String text,
      String html,
      String visibility,
      Instant submittedAt,
      List<FeedbackView> feedback) {}

  public record PromptView(
      String stepKey,
      String title,
      String prompt,
      int minWords,
      String visibility,
      DraftView draft,
      List<SubmissionView> submissions) {}

  /** A submission in a cohort's list, with whose it is and the prompt it answers. */
  public record CohortSubmissionView(
      String teacher,
      String course,
      String stepKey,
      String title,
      SubmissionView submission,
      String prompt) {}
}
