package org.pathways.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.lti.control.Scores;
import org.pathways.lti.entity.LtiPlatform;
import org.pathways.platform.control.SchemaReady;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.Sweeps;

/**
 * Grades back to the LMS: a launch that names a line item remembers a grade link, and a sweep
 * (every {@code pathways.lti.grade-minutes}, or at once by an administrator) sends each link's
 * course progress as a score when it differs from the score the LMS last acknowledged. One query
 * finds the candidates (links whose enrolment saw activity since they were last looked at, or whose
 * send failed, and whose next attempt is due) with their completed steps; each is claimed by moving
 * its next attempt forward in its own transaction, so that two instances never send it at once,
 * then sent outside any transaction; a teacher's request never waits for an LMS.
 */
@ApplicationScoped
public class LtiGrades {

  static final int BATCH = 200;

  /** How long a claimed link is left to the instance that claimed it. */
  static final Duration LEASE = Duration.ofMinutes(5);

  private static final int MAX_ERROR = 500;
  private static final Logger LOG = Logger.getLogger(LtiGrades.class.getName());

  /** A grade link that may have a new score, with what its enrolment has done. */
  record Candidate(
      UUID id,
      UUID platform,
      String course,
      String lineItem,
      String user,
      Double sent,
      Instant completedAt,
      Instant activity,
      Map<String, Instant> done) {}

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Sweeps sweeps;
  @Inject LtiGrades self;
  @Inject LtiPlatforms platforms;
  @Inject PlatformScores scores;
  @Inject ContentLibrary library;
  @Inject Authorization authorization;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.lti.grade-minutes", defaultValue = "1")
  int intervalMinutes;

  private final AtomicBoolean started = new AtomicBoolean();

  void start(@Observes SchemaReady ready) {
    if (started.compareAndSet(false, true)) {
      sweeps.every("LTI scores sent", intervalMinutes, this::sweep);
    }
  }

  /** Remembers where this account's scores for this course go (one link per line item). */
  @Transactional
  public void remember(UUID platform, UUID account, String course, String lineItem, String user) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "insert into lti_grade_link (id, platform_id, account_id, course_slug, lineitem_url,"
                + " lms_user, next_attempt_at, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                + " on conflict (platform_id, lineitem_url, account_id) do update set"
                + " course_slug = excluded.course_slug, lms_user = excluded.lms_user,"
                + " seen_activity_at = case when lti_grade_link.course_slug = excluded.course_slug"
                + "   then lti_grade_link.seen_activity_at end")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, platform)
        .setParameter(3, account)
        .setParameter(4, course)
        .setParameter(5, lineItem)
        .setParameter(6, user)
        .setParameter(7, utc(now))
        .executeUpdate();
  }

  /** The sweep at once, for an administrator. */
  public int sweepNow(Caller caller) {
    authorization.requireRole(caller, LtiPlatforms.ADMINISTER, Role.ADMIN);
    return sweep();
  }

  /** Sends every score now due; returns how many the LMSs acknowledged. */
  public int sweep() {
    Instant now = clock.instant();
    int sent = 0;
    for (Candidate link : self.candidates(now)) {
      try {
        if (send(link, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.warning(() -> "An LTI score could not be sent now: " + e.getClass().getSimpleName());
      }
    }
    return sent;
  }

  /** The links that may have a new score: one query, their completed steps aggregated. */
  @Transactional
  public List<Candidate> candidates(Instant now) {
    return SqlRow.map(
        em.createNativeQuery(
                "select l.id, l.platform_id, l.course_slug, l.lineitem_url, l.lms_user,"
                    + " l.sent_score, e.completed_at, e.last_activity_at,"
                    + " string_agg(c.step_key || ' '"
                    + "   || (extract(epoch from c.completed_at) * 1000000)::bigint, ',')"
                    + " from lti_grade_link l"
                    + " join enrollment e on e.account_id = l.account_id"
                    + "   and e.course_slug = l.course_slug"
                    + " left join step_completion c on c.enrollment_id = e.id"
                    + " where l.next_attempt_at <= ?1 and (l.attempts > 0"
                    + "   or l.seen_activity_at is null or e.last_activity_at > l.seen_activity_at)"
                    + " group by l.id, e.id order by l.next_attempt_at limit "
                    + BATCH)
            .setParameter(1, utc(now))
            .getResultList(),
        r ->
            new Candidate(
                r.uuid(0),
                r.uuid(1),
                r.text(2),
                r.text(3),
                r.text(4),
                r.present(5) ? ((Number) r.value(5)).doubleValue() : null,
                r.instant(6),
                r.instant(7),
                completions(r.text(8))));
  }

  private static Map<String, Instant> completions(String aggregated) {
    if (aggregated == null || aggregated.isEmpty()) {
      return Map.of();
    }
    return Arrays.stream(aggregated.split(","))
        .map(pair -> pair.split(" ", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0],
                pair -> Instant.EPOCH.plus(Long.parseLong(pair[1]), ChronoUnit.MICROS),
                (a, b) -> a));
  }

  /** Sends this link's score when it changed; true when the LMS acknowledged one. */
  private boolean send(Candidate link, Instant now) {
    Optional<Course> course = library.course(link.course());
    if (course.isEmpty()) {
      return false;
    }
    CourseProgress progress =
        CourseProgress.of(course.get(), link.done(), link.completedAt(), null);
    double fraction =
        Scores.fraction(progress.percent(), progress.completed() || progress.finished());
    if (Scores.acknowledged(link.sent(), fraction)) {
      self.seen(link.id(), link.activity());
      return false;
    }
    if (!self.claim(link.id(), now)) {
      return false;
    }
    Optional<LtiPlatform> platform = platforms.platform(link.platform());
    if (platform.isEmpty()) {
      return false;
    }
    Optional<String> problem = scores.post(platform.get(), link.lineItem(), link.user(), fraction);
    if (problem.isEmpty()) {
      self.acknowledged(link.id(), fraction, link.activity(), clock.instant());
      return true;
    }
    self.failed(link.id(), problem.get(), clock.instant());
    return false;
  }

  /** Takes a due link for this instance (false when another took it first). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(UUID link, Instant now) {
    return em.createNativeQuery(
                "update lti_grade_link set next_attempt_at = ?1 where id = ?2"
                    + " and next_attempt_at <= ?3")
            .setParameter(1, utc(now.plus(LEASE)))
            .setParameter(2, link)
            .setParameter(3, utc(now))
            .executeUpdate()
        == 1;
  }

  /** The score the LMS holds is current as of this activity: nothing to send until more. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void seen(UUID link, Instant activity) {
    em.createNativeQuery(
            "update lti_grade_link set seen_activity_at = ?1, attempts = 0, last_error = null"
                + " where id = ?2 and next_attempt_at <= ?3")
        .setParameter(1, utc(activity))
        .setParameter(2, link)
        .setParameter(3, utc(clock.instant()))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void acknowledged(UUID link, double fraction, Instant activity, Instant at) {
    em.createNativeQuery(
            "update lti_grade_link set sent_score = ?1, sent_at = ?2, seen_activity_at = ?3,"
                + " attempts = 0, last_error = null, next_attempt_at = ?2 where id = ?4")
        .setParameter(1, java.math.BigDecimal.valueOf(fraction))
        .setParameter(2, utc(at))
        .setParameter(3, utc(activity))
        .setParameter(4, link)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(UUID link, String problem, Instant at) {
    List<?> attempts =
        em.createNativeQuery("select attempts from lti_grade_link where id = ?1 for update")
            .setParameter(1, link)
            .getResultList();
    if (attempts.isEmpty()) {
      return;
    }
    int failures = ((Number) attempts.get(0)).intValue() + 1;
    em.createNativeQuery(
            "update lti_grade_link set attempts = ?1, last_error = ?2, next_attempt_at = ?3"
                + " where id = ?4")
        .setParameter(1, failures)
        .setParameter(2, problem.length() > MAX_ERROR ? problem.substring(0, MAX_ERROR) : problem)
        .setParameter(3, utc(at.plus(Scores.retryAfter(failures))))
        .setParameter(4, link)
        .executeUpdate();
  }

  /** How many grade links there are, how many wait to be sent again, and the newest error. */
  public record Standing(long links, long failing, String lastError) {
    // JavaBeans accessors: Faces reads them, not a record's own.
    public long getLinks() {
      return links;
    }

    public long getFailing() {
      return failing;
    }

    public String getLastError() {
      return lastError;
    }
  }

  /** The grade links' standing, for the Connect your LMS page (administrators only). */
  @Transactional
  public Standing standing(Caller caller) {
    authorization.requireRole(caller, LtiPlatforms.ADMINISTER, Role.ADMIN);
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), count(*) filter (where attempts > 0),"
                        + " (select last_error from lti_grade_link where attempts > 0"
                        + "  order by next_attempt_at desc limit 1) from lti_grade_link")
                .getSingleResult();
    return new Standing(
        ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
