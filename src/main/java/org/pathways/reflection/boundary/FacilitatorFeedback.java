package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.control.UserText;
import org.pathways.platform.entity.Refusal;
import org.pathways.reflection.control.ReflectionAccess;
import org.pathways.reflection.entity.ReflectionFeedback;
import org.pathways.reflection.entity.ReflectionSubmission;

/** Feedback on a submitted reflection, from a facilitator of its author's cohort. */
@ApplicationScoped
public class FacilitatorFeedback {

  static final int MAX_CHARACTERS = 20_000;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject ReflectionReads reads;
  @Inject Learning learning;
  @Inject Accounts accounts;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject FeedbackNotices notices;

  @Transactional
  public ReflectionFeedback give(Caller caller, UUID submissionId, String text) {
    authorization.requireSignedIn(caller);
    ReflectionSubmission submission =
        submissionId == null ? null : em.find(ReflectionSubmission.class, submissionId);
    Enrollment enrollment =
        submission == null ? null : learning.enrollment(submission.getEnrollmentId()).orElse(null);
    ReflectionAccess access =
        enrollment == null ? ReflectionAccess.NONE : reads.accessFor(caller, enrollment);
    if (!access.mayRead(submission == null ? null : submission.getVisibility())) {
      throw Refusal.notFound("reflection.not_found");
    }
    if (!access.mayGiveFeedback(submission.getVisibility())) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "reflection.feedback.facilitators_only");
    }
    String body = text == null ? "" : UserText.clean(text).strip();
    if (body.isEmpty() || body.length() > MAX_CHARACTERS) {
      throw Refusal.invalid("text", "reflection.feedback.text_required");
    }
    String author = accounts.account(caller.id()).map(Account::getName).orElse("");
    ReflectionFeedback feedback =
        new ReflectionFeedback(
            submission.getId(),
            caller.id(),
            author,
            body,
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    em.persist(feedback);
    // The feedback's row first: the notice refers to it.
    em.flush();
    notices.given(feedback, enrollment, submission.getStepKey());
    audit.record(caller.id(), "reflection.feedback", submission.getId().toString(), null, null);
    return feedback;
  }
}
