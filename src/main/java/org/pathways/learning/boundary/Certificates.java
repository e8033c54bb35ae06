package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.pathways.content.entity.Course;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.control.Texts;

/**
 * Course certificates: issued once when a course is completed, read by whoever may read the
 * enrolment, and verified by anyone holding the code.
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

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** "PW-" and three groups of four from an alphabet without look-alikes: about 59 random bits. */
  public static String certificateCode() {
    String alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    StringBuilder code = new StringBuilder("PW");
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        code.append('-');
      }
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return code.toString();
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

  /** Public verification: the certificate with this code, if it exists. */
  @Transactional
  public Optional<Certificate> verify(String code) {
    if (code == null || code.length() > 20) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(Certificate.class, code.strip().toUpperCase(java.util.Locale.ROOT)));
  }
}
