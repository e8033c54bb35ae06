package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.content.entity.Visibility;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.EnrollmentRules;
import org.pathways.learning.boundary.EnrollmentWork;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.boundary.StepCompletions;
import org.pathways.learning.entity.Enrollment;
import org.pathways.learning.entity.EnrollmentStep;
import org.pathways.platform.control.UserText;
import org.pathways.platform.entity.Refusal;
import org.pathways.reflection.entity.DraftConflict;
import org.pathways.reflection.entity.ReflectionDraft;
import org.pathways.reflection.entity.ReflectionSubmission;

/** Submitting reflections and reading one's own. */
@ApplicationScoped
public class Reflections {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject ContentLibrary library;
  @Inject Learning learning;
  @Inject EnrollmentWork work;
  @Inject StepCompletions completions;
  @Inject Clock clock;

  /** How many versions of one reflection an account may keep (each up to 20,000 words). */
  @Inject
  @ConfigProperty(name = "pathways.limits.reflection-versions", defaultValue = "100")
  int maxVersions;

  /** A submission, and whether this request created it (false for a repeated key). */
  public record Submitted(ReflectionSubmission submission, boolean created) {}

  @Transactional
  public Submitted submit(
      Caller caller,
      UUID enrollmentId,
      String stepKey,
      String text,
      String visibilityName,
      String idempotencyKey) {
    Enrollment enrollment = work.lock(caller, enrollmentId);
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > 100) {
      throw Refusal.invalid("Idempotency-Key", "reflection.idempotency_key.too_long");
    }
    if (key != null) {
      Optional<ReflectionSubmission> earlier =
          em.createNamedQuery(ReflectionSubmission.BY_KEY, ReflectionSubmission.class)
              .setParameter("enrollment", enrollment.getId())
              .setParameter("key", key)
              .getResultStream()
              .findFirst();
      if (earlier.isPresent()) {
        return new Submitted(earlier.get(), false);
      }
    }
    Step step = prompt(enrollment, stepKey);
    StepDetails.Reflection prompt = step.details(StepDetails.Reflection.class);
    String body = text == null ? "" : UserText.clean(text).strip();
    int words = checkLength(body);
    if (words < prompt.minWords()) {
      throw Refusal.of(Refusal.Kind.UNPROCESSABLE, "reflection.too_short", prompt.minWords(), words)
          .withDetail(
              "reflection.too_short", String.valueOf(prompt.minWords()), String.valueOf(words));
    }
    Visibility visibility = visibility(visibilityName, prompt.defaultVisibility());
    List<ReflectionSubmission> versions =
        em.createNamedQuery(ReflectionSubmission.OF_STEP, ReflectionSubmission.class)
            .setParameter("enrollment", enrollment.getId())
            .setParameter("step", step.key())
            .setMaxResults(1)
            .getResultList();
    int version = versions.isEmpty() ? 1 : versions.get(0).getVersion() + 1;
    if (version > maxVersions) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "reflection.versions.limit", maxVersions)
          .withDetail("reflection.versions.limit", String.valueOf(maxVersions));
    }
    // The choice made now holds for every version: earlier ones are not left shared.
    em.createQuery(
            "update ReflectionSubmission s set s.visibility = :visibility"
                + " where s.enrollmentId = :enrollment and s.stepKey = :step")
        .setParameter("visibility", visibility)
        .setParameter("enrollment", enrollment.getId())
        .setParameter("step", step.key())
        .executeUpdate();
    ReflectionSubmission submission =
        new ReflectionSubmission(
            enrollment.getId(), step.key(), version, body, visibility, key, now());
    em.persist(submission);
    keepAsDraft(enrollment, step.key(), body);
    completions.reflectionSubmitted(enrollment, step.key());
    return new Submitted(submission, true);
  }

  /**
   * Saves the draft the teacher is writing. A save written from an older revision than the stored
   * one is refused with the stored text ({@link DraftConflict}); the same text again changes
   * nothing, whatever revision it names.
   */
  @Transactional
  public ReflectionDraft saveDraft(
      Caller caller, UUID enrollmentId, String stepKey, String text, Integer revision) {
    Enrollment enrollment = work.lock(caller, enrollmentId);
    Step step = prompt(enrollment, stepKey);
    String body = text == null ? "" : UserText.clean(text);
    checkLength(body);
    ReflectionDraft draft =
        em.find(ReflectionDraft.class, new EnrollmentStep.Key(enrollment.getId(), step.key()));
    if (draft == null) {
      draft = new ReflectionDraft(enrollment.getId(), step.key(), body, now());
      em.persist(draft);
      return draft;
    }
    if (draft.getText().equals(body)) {
      return draft;
    }
    if (draft.staleFor(revision)) {
      throw new DraftConflict(draft);
    }
    draft.save(body, now());
    return draft;
  }

  /** The teacher chooses again who may read every version of their reflection on a prompt. */
  @Transactional
  public List<ReflectionSubmission> showTo(
      Caller caller, UUID enrollmentId, String stepKey, String visibilityName) {
    Enrollment enrollment = learning.lockForWriting(caller, enrollmentId);
    Step step = prompt(enrollment, stepKey);
    Visibility visibility =
        visibility(visibilityName, step.details(StepDetails.Reflection.class).defaultVisibility());
    List<ReflectionSubmission> versions =
        em.createNamedQuery(ReflectionSubmission.OF_STEP, ReflectionSubmission.class)
            .setParameter("enrollment", enrollment.getId())
            .setParameter("step", step.key())
            .getResultList();
    if (versions.isEmpty()) {
      throw Refusal.notFound("reflection.share.submit_first");
    }
    versions.forEach(version -> version.showTo(visibility));
    return versions;
  }

  private void keepAsDraft(Enrollment enrollment, String stepKey, String text) {
    ReflectionDraft draft =
        em.find(ReflectionDraft.class, new EnrollmentStep.Key(enrollment.getId(), stepKey));
    if (draft == null) {
      em.persist(new ReflectionDraft(enrollment.getId(), stepKey, text, now()));
    } else {
      draft.save(text, now());
    }
  }

  private Step prompt(Enrollment enrollment, String stepKey) {
    return library
        .course(enrollment.getCourseSlug())
        .flatMap(course -> course.step(stepKey))
        .filter(found -> found.kind() == StepKind.REFLECTION)
        .orElseThrow(() -> Refusal.notFound("reflection.prompt.none"));
  }

  /** The number of words, when the text is within the limits. */
  private static int checkLength(String body) {
    int words = ReflectionSubmission.words(body);
    if (body.length() > ReflectionSubmission.MAX_CHARACTERS
        || words > ReflectionSubmission.MAX_WORDS) {
      throw Refusal.of(Refusal.Kind.INVALID, "reflection.too_long")
          .withDetail(
              "reflection.too_long.detail",
              String.valueOf(ReflectionSubmission.MAX_WORDS),
              String.valueOf(ReflectionSubmission.MAX_CHARACTERS))
          .withErrors(List.of(Refusal.FieldError.of("text", "reflection.too_long.field")));
    }
    return words;
  }

  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** The caller's draft of a reflection, if any. */
  @Transactional
  public Optional<ReflectionDraft> draft(Caller caller, Enrollment enrollment, String stepKey) {
    authorization.require(caller, EnrollmentRules.WRITE, enrollment);
    return Optional.ofNullable(
        em.find(ReflectionDraft.class, new EnrollmentStep.Key(enrollment.getId(), stepKey)));
  }

  /** The latest submission of the caller's reflection on a step, if any. */
  @Transactional
  public Optional<ReflectionSubmission> latest(
      Caller caller, Enrollment enrollment, String stepKey) {
    authorization.require(caller, EnrollmentRules.WRITE, enrollment);
    return em.createNamedQuery(ReflectionSubmission.OF_STEP, ReflectionSubmission.class)
        .setParameter("enrollment", enrollment.getId())
        .setParameter("step", stepKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private static Visibility visibility(String name, Visibility fallback) {
    if (name == null || name.isBlank()) {
      return fallback;
    }
    try {
      return Visibility.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("visibility", "reflection.visibility.invalid");
    }
  }
}
