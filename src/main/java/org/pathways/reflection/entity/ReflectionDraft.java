package org.pathways.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.pathways.learning.entity.EnrollmentStep;

/**
 * The text a teacher is writing for a prompt. Each save raises the revision; a save that starts
 * from an older revision than the stored one is stale and refused, so that neither copy is lost.
 */
@Entity
@Table(name = "reflection_draft")
@IdClass(EnrollmentStep.Key.class)
@NamedQuery(
    name = ReflectionDraft.OF_ENROLLMENT,
    query = "select d from ReflectionDraft d where d.enrollmentId = :enrollment")
public class ReflectionDraft extends EnrollmentStep {

  public static final String OF_ENROLLMENT = "ReflectionDraft.ofEnrollment";

  @Column(nullable = false)
  private String text;

  @Column(nullable = false)
  private int revision;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected ReflectionDraft() {
    // for JPA
  }

  public ReflectionDraft(UUID enrollmentId, String stepKey, String text, Instant at) {
    super(enrollmentId, stepKey);
    this.text = text;
    this.revision = 1;
    this.savedAt = at;
  }

  /** True when a save that started from {@code base} would overwrite text it has not seen. */
  public boolean staleFor(Integer base) {
    return base == null || base != revision;
  }

  /** Saves new text; the same text again changes nothing. */
  public void save(String newText, Instant at) {
    if (!newText.equals(text)) {
      text = newText;
      revision++;
      savedAt = at;
    }
  }

  public String getText() {
    return text;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
