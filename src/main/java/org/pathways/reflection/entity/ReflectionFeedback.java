package org.pathways.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A facilitator's feedback on one submitted version of a reflection. */
@Entity
@Table(name = "reflection_feedback")
@NamedQuery(
    name = ReflectionFeedback.OF_SUBMISSIONS,
    query =
        "select f from ReflectionFeedback f where f.submissionId in :submissions"
            + " order by f.createdAt")
public class ReflectionFeedback {

  public static final String OF_SUBMISSIONS = "ReflectionFeedback.ofSubmissions";

  @Id private UUID id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  private UUID submissionId;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "author_id", updatable = false)
  private String authorId;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ReflectionFeedback() {
    // for JPA
  }

  public ReflectionFeedback(
      UUID submissionId, UUID authorId, String authorName, String text, Instant at) {
    this.id = UUID.randomUUID();
    this.submissionId = submissionId;
    this.authorId = authorId.toString();
    this.authorName = authorName;
    this.text = text;
    this.createdAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getSubmissionId() {
    return submissionId;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
