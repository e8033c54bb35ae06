package org.pathways.credential.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Program;
import org.pathways.credential.control.OpenBadgeCredentials;
import org.pathways.credential.control.StatusLists;
import org.pathways.credential.entity.CredentialFacts;
import org.pathways.credential.entity.IssuerProfile;
import org.pathways.credential.entity.StatusEntry;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.CertificateStanding;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.boundary.WorkshopLinks;
import org.pathways.workshop.boundary.Workshops;
import org.pathways.workshop.entity.Workshop;

/**
 * The issuer's front door: its profile, a certificate's credential (to whoever may have it) signed
 * as a VC-JWT, and the signed status lists. Pages and the API both come here.
 *
 * <p>A credential's words (the achievement's description, criteria, the hours' name) are English
 * whatever the holder's language: one course or workshop is one achievement, described the same for
 * every holder and every verifier, and its {@code inLanguage} says so. The Spanish lines of those
 * keys are kept so that the two bundles stay key for key alike.
 */
@ApplicationScoped
public class Credentials {

  /** A credential as JSON (the {@code vc} claim) and as the signed VC-JWT. */
  public record Issued(String code, Map<String, Object> credential, String jwt) {}

  @Inject CertificateStanding standing;
  @Inject IssuerKeys keys;
  @Inject Accounts accounts;
  @Inject ContentLibrary content;
  @Inject Workshops workshops;
  @Inject PublicSite site;
  @Inject Clock clock;

  /** The issuer Profile served at {@code /api/issuer}. */
  public IssuerProfile issuer() {
    return new IssuerProfile(
        site.link("/api/issuer"),
        Texts.english("layout.site_name"),
        site.root() + "/",
        ConfigProvider.getConfig()
            .getOptionalValue("pathways.issuer.email", String.class)
            .orElse(null));
  }

  /** The credential of this certificate, if the caller may have it (else not found). */
  @Transactional
  public Optional<Issued> credential(Caller caller, String code) {
    return standing.readable(caller, code).flatMap(this::issue);
  }

  private Optional<Issued> issue(Certificate certificate) {
    Optional<CredentialFacts> facts = facts(certificate);
    if (facts.isEmpty()) {
      return Optional.empty();
    }
    IssuerProfile issuer = issuer();
    StatusEntry status = StatusLists.entry(statusListsUrl(), certificate.getStatusIndex());
    Map<String, Object> credential = OpenBadgeCredentials.credential(facts.get(), issuer, status);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer.id())
            .jwtID((String) credential.get("id"))
            .subject(OpenBadgeCredentials.subjectId(facts.get()))
            .notBeforeTime(Date.from(certificate.getCompletedAt()))
            .issueTime(Date.from(clock.instant()))
            .claim("vc", credential)
            .build();
    return Optional.of(new Issued(certificate.getCode(), credential, keys.sign(claims)));
  }

  /** Status list {@code list} (from 1) as a signed VC-JWT; refuses a list not begun yet. */
  @Transactional
  public String statusList(int list) {
    int last = standing.lastStatusIndex();
    if (list < 1 || StatusLists.firstIndex(list) > Math.max(last, 0)) {
      throw Refusal.notFound("credential.refused.no_status_list");
    }
    String url = statusListsUrl() + "/" + list;
    int first = StatusLists.firstIndex(list);
    Instant now = clock.instant();
    Map<String, Object> credential =
        StatusLists.listCredential(
            url,
            issuer(),
            standing.invalidIndexes(first, first + StatusLists.SIZE - 1),
            OpenBadgeCredentials.date(now));
    return keys.sign(
        new JWTClaimsSet.Builder()
            .issuer(issuer().id())
            .jwtID(url)
            .subject(url + "#list")
            .notBeforeTime(Date.from(now))
            .issueTime(Date.from(now))
            .claim("vc", credential)
            .build());
  }

  private String statusListsUrl() {
    return site.link("/api/issuer/status");
  }

  private Optional<CredentialFacts> facts(Certificate certificate) {
    Optional<String> email =
        standing.holder(certificate).flatMap(accounts::account).map(Account::getEmail);
    if (email.isEmpty()) {
      return Optional.empty();
    }
    String title = certificate.getCourseTitle();
    if (certificate.ofWorkshop()) {
      Optional<Workshop> workshop = workshops.find(certificate.getWorkshopId());
      String program = workshop.map(Workshop::getProgramSlug).orElse(null);
      int phase = workshop.map(Workshop::getPhase).orElse(0);
      return Optional.of(
          facts(
              certificate,
              "WORKSHOP",
              email.get(),
              Texts.english("credential.achievement.workshop_description", title),
              Texts.english("credential.achievement.workshop_criteria", title),
              site.link(WorkshopLinks.workshopPath(certificate.getWorkshopId())),
              program,
              phase,
              "en"));
    }
    Optional<Course> course = content.course(certificate.getCourseSlug());
    String summary = course.map(Course::summary).orElse("");
    return Optional.of(
        facts(
            certificate,
            "COURSE",
            email.get(),
            summary.isBlank()
                ? Texts.english("credential.achievement.course_description", title)
                : summary,
            Texts.english("credential.achievement.course_criteria", title),
            site.link(LearningLinks.course(certificate.getCourseSlug())),
            course.map(Course::program).orElse(null),
            course.map(Course::phase).orElse(0),
            course.map(Course::language).orElse("en")));
  }

  private CredentialFacts facts(
      Certificate certificate,
      String kind,
      String email,
      String description,
      String criteria,
      String achievementUrl,
      String programSlug,
      int phase,
      String language) {
    Optional<Program> program =
        Optional.ofNullable(programSlug).flatMap(slug -> content.catalog().program(slug));
    String phaseName =
        program
            .flatMap(p -> p.phase(phase))
            .map(Program.Phase::title)
            .orElseGet(() -> Texts.english("credential.achievement.phase", phase));
    return new CredentialFacts(
        certificate.getCode(),
        kind,
        email,
        certificate.getIdentitySalt(),
        certificate.getCourseTitle(),
        description,
        criteria,
        certificate.getPdHours(),
        Texts.english("credential.achievement.hours"),
        certificate.getCompletedAt(),
        achievementUrl,
        program.map(Program::slug).orElse(null),
        program.map(Program::title).orElse(null),
        program
            .map(
                p ->
                    site.link(
                        UriBuilder.fromPath("/catalog/index.xhtml")
                            .fragment(p.slug())
                            .build()
                            .toString()))
            .orElse(null),
        phase,
        phaseName,
        language);
  }
}
