package org.pathways.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt at a quiz, kept whether it passed or not (up to a limit per quiz). */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = QuizAttempt.COUNT_OF_STEP,
    query =
        "select count(a) from QuizAttempt a where a.enrollmentId = :enrollment"
            + " and a.stepKey = :step")
public class QuizAttempt {

  public static final String COUNT_OF_STEP = "QuizAttempt.countOfStep";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private UUID enrollmentId;

  @Column(name = "step_key", nullable = false, updatable = false)
  private String stepKey;

  @Column(name = "score_percent", nullable = false, updatable = false)
  private int scorePercent;

  @Column(nullable = false, updatable = false)
  private boolean passed;

  @Column(nullable = false, updatable = false)
  private String answers;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private Instant attemptedAt;

  protected QuizAttempt() {
    // for JPA
  }

  public QuizAttempt(
      UUID enrollmentId, String stepKey, QuizResult result, String answers, Instant at) {
    this.enrollmentId = enrollmentId;
    this.stepKey = stepKey;
    this.scorePercent = result.scorePercent();
    this.passed = result.passed();
    this.answers = answers;
    this.attemptedAt = at;
  }
}
