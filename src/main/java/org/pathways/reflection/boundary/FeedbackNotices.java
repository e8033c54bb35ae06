package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.control.Texts;
import org.pathways.reflection.entity.FeedbackGiven;
import org.pathways.reflection.entity.ReflectionFeedback;

/**
 * Telling a teacher that a facilitator gave feedback: an in-app notice, shown on their course and
 * on the step until they mark it read there (a POST: viewing changes nothing), and a mail unless
 * they turned it off on their profile (on by default), and {@link FeedbackGiven} for other features
 * (the teacher's open pages hear of it). Not the forum's notifications: those are about followed
 * threads.
 */
@ApplicationScoped
public class FeedbackNotices {

  private static final Logger LOG = Logger.getLogger(FeedbackNotices.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Accounts accounts;
  @Inject ContentLibrary library;
  @Inject Mailer mailer;
  @Inject PublicSite site;
  @Inject Clock clock;
  @Inject Event<FeedbackGiven> feedbackGiven;

  /**
   * Records the notice and sends the mail, in the feedback's transaction (two or three queries).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void given(ReflectionFeedback feedback, Enrollment enrollment, String stepKey) {
    em.createNativeQuery(
            "insert into reflection_notice (feedback_id, account_id, enrollment_id, step_key,"
                + " created_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
        .setParameter(1, feedback.getId())
        .setParameter(2, enrollment.getAccountId())
        .setParameter(3, enrollment.getId())
        .setParameter(4, stepKey)
        .setParameter(5, Timestamp.from(feedback.getCreatedAt()))
        .executeUpdate();
    feedbackGiven.fire(
        new FeedbackGiven(
            feedback.getId(),
            enrollment.getAccountId(),
            enrollment.getId(),
            enrollment.getCourseSlug(),
            stepKey,
            feedback.getCreatedAt()));
    if (!mailOn(enrollment.getAccountId())) {
      return;
    }
    if (!site.usable()) {
      LOG.warning(() -> "No mail about feedback: " + site.address().problem().orElse(""));
      return;
    }
    Account teacher = accounts.account(enrollment.getAccountId()).orElse(null);
    if (teacher == null) {
      return;
    }
    Locale language = teacher.reader().language();
    String title =
        library
            .course(enrollment.getCourseSlug())
            .flatMap(c -> c.step(stepKey).map(step -> c.stepTitle(step, language.getLanguage())))
            .orElse(stepKey);
    mailer.send(
        teacher.getEmail(),
        Texts.in(language, "reflection.mail.feedback.subject", title),
        Texts.in(
            language,
            "reflection.mail.feedback.body",
            teacher.getName(),
            feedback.getAuthorName(),
            title,
            site.link(LearningLinks.step(enrollment.getCourseSlug(), stepKey)),
            site.link("/identity/profile.xhtml")));
  }

  /** The caller's unread notices on this enrolment, by step key (one query). */
  @Transactional
  public Map<String, Integer> unread(Caller caller, UUID enrollment) {
    Map<String, Integer> byStep = new HashMap<>();
    if (!caller.signedIn() || enrollment == null) {
      return byStep;
    }
    List<?> rows =
        em.createNativeQuery(
                "select step_key, count(*) from reflection_notice where account_id = ?1"
                    + " and enrollment_id = ?2 and read_at is null group by step_key")
            .setParameter(1, caller.id())
            .setParameter(2, enrollment)
            .getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      byStep.put((String) cells[0], ((Number) cells[1]).intValue());
    }
    return byStep;
  }

  /** Marks the caller's notices on this step read (their own only; repeating changes nothing). */
  @Transactional
  public int markRead(Caller caller, UUID enrollment, String stepKey) {
    authorization.requireSignedIn(caller);
    return em.createNativeQuery(
            "update reflection_notice set read_at = ?1 where account_id = ?2"
                + " and enrollment_id = ?3 and step_key = ?4 and read_at is null")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, caller.id())
        .setParameter(3, enrollment)
        .setParameter(4, stepKey)
        .executeUpdate();
  }

  /** Whether this teacher wants a mail for each feedback (yes unless they said no). */
  @Transactional
  public boolean mailOn(UUID account) {
    List<?> rows =
        em.createNativeQuery("select feedback_mail from reflection_settings where account_id = ?1")
            .setParameter(1, account)
            .getResultList();
    return rows.isEmpty() || Boolean.TRUE.equals(rows.get(0));
  }

  @Transactional
  public void chooseMail(Caller caller, boolean on) {
    authorization.requireSignedIn(caller);
    em.createNativeQuery(
            "insert into reflection_settings (account_id, feedback_mail) values (?1, ?2)"
                + " on conflict (account_id) do update set feedback_mail = excluded.feedback_mail")
        .setParameter(1, caller.id())
        .setParameter(2, on)
        .executeUpdate();
  }
}
