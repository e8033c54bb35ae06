package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;
import org.pathways.reflection.control.ReflectionAccess;
import org.pathways.reflection.entity.ReflectionDraft;
import org.pathways.reflection.entity.ReflectionFeedback;
import org.pathways.reflection.entity.ReflectionSubmission;

/**
 * Reading reflections, by their author and by those the author's choice allows. Every read by
 * someone other than the author is written to the audit log, one entry per submission shown.
 */
@ApplicationScoped
public class ReflectionReads {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Learning learning;
  @Inject Authorization authorization;
  @Inject Cohorts cohorts;
  @Inject ContentLibrary library;
  @Inject AuditTrail audit;

  /** What this caller may read of this enrolment's reflections. */
  public ReflectionAccess accessFor(Caller caller, Enrollment enrollment) {
    if (!caller.signedIn()) {
      return ReflectionAccess.NONE;
    }
    if (enrollment.belongsTo(caller.id())) {
      return new ReflectionAccess(true, false, false);
    }
    UUID cohortId = enrollment.getCohortId();
    if (cohortId == null) {
      return ReflectionAccess.NONE;
    }
    boolean facilitator = cohorts.find(cohortId).map(c -> c.facilitatedBy(caller)).orElse(false);
    boolean member = !facilitator && learning.enrolledInCohort(caller.id(), cohortId);
    return new ReflectionAccess(false, facilitator, member);
  }

  /** Every prompt of the course with what the caller may read of it (404 if nothing). */
  @Transactional
  public List<ReflectionViews.PromptView> prompts(Caller caller, UUID enrollmentId) {
    return prompts(caller, enrollmentId, null);
  }

  /**
   * Every prompt with what the caller may read of it, each step's title and prompt in the reader's
   * language where the step is translated (404 if nothing).
   */
  @Transactional
  public List<ReflectionViews.PromptView> prompts(
      Caller caller, UUID enrollmentId, String readerLanguage) {
    authorization.requireSignedIn(caller);
    Enrollment enrollment = learning.enrollment(enrollmentId).orElse(null);
    ReflectionAccess access =
        enrollment == null ? ReflectionAccess.NONE : accessFor(caller, enrollment);
    if (!access.any()) {
      throw Refusal.notFound("reflection.not_found");
    }
    Course course =
        library
            .course(enrollment.getCourseSlug())
            .orElseThrow(() -> Refusal.notFound("reflection.course_not_offered"));
    Map<String, ReflectionDraft> drafts =
        access.author()
            ? em.createNamedQuery(ReflectionDraft.OF_ENROLLMENT, ReflectionDraft.class)
                .setParameter("enrollment", enrollment.getId())
                .getResultStream()
                .collect(Collectors.toMap(ReflectionDraft::getStepKey, Function.identity()))
            : Map.of();
    List<ReflectionSubmission> submissions =
        em.createNamedQuery(ReflectionSubmission.OF_ENROLLMENT, ReflectionSubmission.class)
            .setParameter("enrollment", enrollment.getId())
            .getResultStream()
            .filter(s -> access.mayRead(s.getVisibility()))
            .toList();
    if (!access.author() && submissions.isEmpty()) {
      throw Refusal.notFound("reflection.not_found");
    }
    Map<UUID, List<ReflectionViews.FeedbackView>> feedback = feedbackOf(submissions);
    Map<String, List<ReflectionSubmission>> byStep =
        submissions.stream().collect(Collectors.groupingBy(ReflectionSubmission::getStepKey));
    List<ReflectionViews.PromptView> prompts = new ArrayList<>();
    for (Step step : steps(course)) {
      List<ReflectionSubmission> versions = byStep.getOrDefault(step.key(), List.of());
      if (!access.author() && versions.isEmpty()) {
        continue;
      }
      Step shown = course.step(step.key(), readerLanguage).orElse(step);
      StepDetails.Reflection prompt = shown.details(StepDetails.Reflection.class);
      ReflectionDraft draft = drafts.get(step.key());
      prompts.add(
          new ReflectionViews.PromptView(
              step.key(),
              shown.title(),
              prompt.prompt(),
              prompt.minWords(),
              versions.isEmpty()
                  ? prompt.defaultVisibility().name()
                  : versions.get(0).getVisibility().name(),
              draft == null
                  ? null
                  : new ReflectionViews.DraftView(
                      draft.getText(), draft.getRevision(), draft.getSavedAt()),
              versions.stream().map(s -> view(s, feedback)).toList()));
    }
    if (!access.author()) {
      submissions.forEach(s -> readBy(caller, s));
    }
    return prompts;
  }

  /**
   * A cohort's shared submissions, oldest first (a queue: who waited longest comes first; {@code
   * unreviewed}: only those without feedback yet): its facilitators see those shared with
   * facilitators or the cohort, its teachers those shared with the cohort.
   */
  @Transactional
  public ResultPage<ReflectionViews.CohortSubmissionView> cohort(
      Caller caller, UUID cohortId, PageRequest page, boolean unreviewed) {
    authorization.requireSignedIn(caller);
    Cohort cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
    if (cohort == null) {
      throw Refusal.notFound("reflection.not_found");
    }
    List<Enrollment> members = learning.ofCohort(cohort.getId());
    boolean facilitator = cohort.facilitatedBy(caller);
    boolean member = members.stream().anyMatch(e -> e.belongsTo(caller.id()));
    ReflectionAccess access = new ReflectionAccess(false, facilitator, member);
    if (!access.any() || members.isEmpty()) {
      if (!access.any()) {
        throw Refusal.notFound("reflection.not_found");
      }
      return ResultPage.of(List.of(), page, 0);
    }
    String query =
        unreviewed
            ? ReflectionSubmission.OF_ENROLLMENTS_UNREVIEWED
            : ReflectionSubmission.OF_ENROLLMENTS_VISIBLE;
    List<UUID> ids = members.stream().map(Enrollment::getId).toList();
    List<ReflectionSubmission> found =
        em.createNamedQuery(query, ReflectionSubmission.class)
            .setParameter("enrollments", ids)
            .setParameter("visibilities", access.visible())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery(query + ".count", Long.class)
            .setParameter("enrollments", ids)
            .setParameter("visibilities", access.visible())
            .getSingleResult();
    Map<UUID, Enrollment> byId =
        members.stream().collect(Collectors.toMap(Enrollment::getId, Function.identity()));
    Map<UUID, String> names =
        cohorts.names(members.stream().map(Enrollment::getAccountId).toList());
    Map<UUID, List<ReflectionViews.FeedbackView>> feedback = feedbackOf(found);
    List<ReflectionViews.CohortSubmissionView> items = new ArrayList<>();
    for (ReflectionSubmission s : found) {
      Enrollment e = byId.get(s.getEnrollmentId());
      Step step =
          library.course(e.getCourseSlug()).flatMap(c -> c.step(s.getStepKey())).orElse(null);
      items.add(
          new ReflectionViews.CohortSubmissionView(
              names.getOrDefault(e.getAccountId(), ""),
              e.getCourseSlug(),
              s.getStepKey(),
              step == null ? s.getStepKey() : step.title(),
              view(s, feedback),
              step == null || step.kind() != StepKind.REFLECTION
                  ? null
                  : step.details(StepDetails.Reflection.class).prompt()));
      if (!e.belongsTo(caller.id())) {
        readBy(caller, s);
      }
    }
    return ResultPage.of(items, page, total);
  }

  private static List<Step> steps(Course course) {
    return course.modules().stream()
        .flatMap(m -> m.steps().stream())
        .filter(s -> s.kind() == StepKind.REFLECTION)
        .toList();
  }

  private Map<UUID, List<ReflectionViews.FeedbackView>> feedbackOf(
      List<ReflectionSubmission> submissions) {
    if (submissions.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(ReflectionFeedback.OF_SUBMISSIONS, ReflectionFeedback.class)
        .setParameter("submissions", submissions.stream().map(ReflectionSubmission::getId).toList())
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                ReflectionFeedback::getSubmissionId,
                Collectors.mapping(
                    f ->
                        new ReflectionViews.FeedbackView(
                            f.getId().toString(),
                            f.getAuthorName(),
                            f.getText(),
                            SafeHtml.fromUserMarkdown(f.getText()),
                            f.getCreatedAt()),
                    Collectors.toList())));
  }

  static ReflectionViews.SubmissionView view(
      ReflectionSubmission s, Map<UUID, List<ReflectionViews.FeedbackView>> feedback) {
    return new ReflectionViews.SubmissionView(
        s.getId().toString(),
        s.getVersion(),
        s.getText(),
        SafeHtml.fromUserMarkdown(s.getText()),
        s.getVisibility().name(),
        s.getSubmittedAt(),
        feedback.getOrDefault(s.getId(), List.of()));
  }

  private void readBy(Caller caller, ReflectionSubmission submission) {
    audit.record(
        caller.id(),
        "reflection.read",
        submission.getId().toString(),
        submission.getStepKey(),
        null);
  }
}
