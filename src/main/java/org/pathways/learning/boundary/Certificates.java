package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.pathways.content.entity.Course;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.control.PersonalRows;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.Texts;

/**
 * Certificates: a course's, issued once when the course is completed and read by whoever may read
 * the enrolment; a workshop's, kept in step with the attendance the workshop feature records.
 * Anyone holding the code verifies either.
 */
@ApplicationScoped
public class Certificates {

  private static final Logger LOG = Logger.getLogger(Certificates.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Learning learning;
  @Inject Accounts accounts;

  /** Issues the certificate of a course just completed (inside the completing transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void issue(Enrollment enrollment, Course course) {
    String holder =
        accounts
            .account(enrollment.getAccountId())
            .map(Account::getName)
            .orElseGet(() -> Texts.english("learning.certificate.holder_unknown"));
    em.persist(
        new Certificate(
            certificateCode(),
            enrollment.getId(),
            holder,
            course.slug(),
            course.title(),
            course.pdHours(),
            enrollment.getCompletedAt()));
    LOG.info(() -> "Course " + course.slug() + " completed in " + enrollment);
  }

  /** "PW-" and three groups of four from an alphabet without look-alikes. */
  public static String certificateCode() {
    return org.pathways.platform.control.ReadableCodes.next("PW");
  }

  /** The certificate of an enrolment the caller may read, once the course is complete. */
  @Transactional
  public Optional<Certificate> certificate(Caller caller, UUID enrollmentId) {
    Enrollment enrollment = learning.readable(caller, enrollmentId);
    return em.createNamedQuery(Certificate.OF_ENROLLMENT, Certificate.class)
        .setParameter("enrollment", enrollment.getId().toString())
        .getResultStream()
        .findFirst();
  }

  /** A teacher's certificate of attendance at a workshop, if they have one (one query). */
  @Transactional
  public Optional<Certificate> ofWorkshop(UUID workshop, UUID account) {
    return em.createNamedQuery(Certificate.OF_WORKSHOP, Certificate.class)
        .setParameter("workshop", workshop.toString())
        .setParameter("account", account.toString())
        .getResultStream()
        .findFirst();
  }

  /** A teacher's certificates of attendance, by workshop (one query). */
  @Transactional
  public Map<UUID, Certificate> ofWorkshops(UUID account) {
    return em.createNamedQuery(Certificate.OF_WORKSHOPS, Certificate.class)
        .setParameter("account", account.toString())
        .getResultStream()
        .collect(Collectors.toMap(Certificate::getWorkshopId, c -> c));
  }

  /**
   * Keeps a teacher's certificate of attendance at a workshop in step with the hours attended: it
   * is issued at the first attendance, follows the hours, and goes when no attendance is left.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void attendanceChanged(
      UUID workshop, String title, UUID teacher, BigDecimal hours, boolean attended, Instant at) {
    Optional<Certificate> certificate = ofWorkshop(workshop, teacher);
    if (!attended) {
      certificate.ifPresent(em::remove);
    } else if (certificate.isPresent()) {
      certificate.get().attended(hours, at);
    } else {
      String holder =
          accounts
              .account(teacher)
              .map(Account::getName)
              .orElseGet(() -> Texts.english("learning.certificate.holder_unknown"));
      em.persist(
          Certificate.ofWorkshop(certificateCode(), workshop, teacher, holder, title, hours, at));
    }
  }

  /** A teacher's certificates of attendance, for the personal-data export of workshops. */
  public List<Map<String, Object>> workshopExport(UUID account) {
    return PersonalRows.rows(
        em,
        "select code, course_title, holder_name, pd_hours, completed_at from certificate"
            + " where account_id = ?1 and workshop_id is not null",
        account,
        "code",
        "workshop",
        "name",
        "pdHours",
        "issuedAt");
  }

  /** Public verification: the certificate with this code, if it exists. */
  @Transactional
  public Optional<Certificate> verify(String code) {
    if (code == null || code.length() > 20) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(Certificate.class, code.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * A certificate a teacher holds, as a transcript lists it: a course's with the day the course was
   * started, a workshop's with the workshop's id.
   */
  public record Held(
      String code,
      String courseSlug,
      UUID workshopId,
      String title,
      BigDecimal hours,
      Instant startedAt,
      Instant completedAt) {

    public boolean ofWorkshop() {
      return workshopId != null;
    }
  }

  /**
   * Every certificate the teacher holds, courses' and workshops' (one query); a revoked one no
   * longer counts.
   */
  @Transactional
  public List<Held> held(UUID account) {
    return SqlRow.map(
        em.createNativeQuery(
                "select c.code, c.course_slug, null, c.course_title, c.pd_hours, e.enrolled_at,"
                    + " c.completed_at from certificate c join enrollment e on e.id ="
                    + " c.enrollment_id where e.account_id = ?1 and c.revoked_at is null"
                    + " union all"
                    + " select c.code, null, c.workshop_id, c.course_title, c.pd_hours, null,"
                    + " c.completed_at from certificate c where c.account_id = ?2"
                    + " and c.workshop_id is not null and c.revoked_at is null")
            .setParameter(1, account)
            .setParameter(2, account)
            .getResultList(),
        row ->
            new Held(
                row.text(0),
                row.text(1),
                row.uuid(2),
                row.text(3),
                (BigDecimal) row.value(4),
                row.instant(5),
                row.instant(6)));
  }
}
