package org.pathways.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A step as the database knows it: its identity (course and step slug) for progress to refer to,
 * where it stands now, and whether it is retired.
 */
@Entity
@Table(name = "content_step")
@NamedQuery(
    name = RegisteredStep.BY_COURSE,
    query = "select s from RegisteredStep s where s.courseSlug = :course")
public class RegisteredStep {

  public static final String BY_COURSE = "RegisteredStep.byCourse";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_slug", nullable = false, updatable = false)
  private String courseSlug;

  @Column(name = "step_key", nullable = false, updatable = false)
  private String stepKey;

  @Column(name = "module_key", nullable = false)
  private String moduleKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StepKind kind;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "module_required", nullable = false)
  private boolean moduleRequired;

  @Column(name = "module_position", nullable = false)
  private int modulePosition;

  @Column(nullable = false)
  private int position;

  @Column(name = "first_seen_at", nullable = false, updatable = false)
  private Instant firstSeenAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected RegisteredStep() {
    // for JPA
  }

  public RegisteredStep(String courseSlug, String stepKey, Instant firstSeenAt) {
    this.courseSlug = courseSlug;
    this.stepKey = stepKey;
    this.firstSeenAt = firstSeenAt;
  }

  /** The step stands here in the current version of its course (and is no longer retired). */
  public void standsAt(CourseModule module, int modulePosition, Step step, int position) {
    this.moduleKey = module.key();
    this.moduleRequired = module.required();
    this.modulePosition = modulePosition;
    this.kind = step.kind();
    this.required = step.required();
    this.position = position;
    this.retiredAt = null;
  }

  /** The step left its package: it stops counting, its learners' progress stays. */
  public void retire(Instant at) {
    if (retiredAt == null) {
      retiredAt = at;
    }
  }

  public boolean retired() {
    return retiredAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getCourseSlug() {
    return courseSlug;
  }

  public String getStepKey() {
    return stepKey;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public StepKind getKind() {
    return kind;
  }

  public boolean isRequired() {
    return required;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }
}
