package org.pathways.transcript.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.ProgramCatalog;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Certificates;
import org.pathways.learning.boundary.PublicLinks;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.control.ReadableCodes;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;
import org.pathways.transcript.control.TranscriptLines;
import org.pathways.transcript.control.TranscriptLines.Placement;
import org.pathways.transcript.entity.Transcript;
import org.pathways.transcript.entity.TranscriptCode;
import org.pathways.transcript.entity.TranscriptItem;
import org.pathways.transcript.entity.TranscriptRange;
import org.pathways.workshop.boundary.AttendedWorkshops;

/**
 * Transcripts: the signed-in teacher's own, for any range of days; and, by the code printed on a
 * PDF, the same lines for anyone who holds it. Days are counted in the teacher's profile time zone
 * (UTC until they choose one), on the page, in the API and on the public check alike, so all show
 * the same lines.
 */
@ApplicationScoped
public class Transcripts {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Accounts accounts;
  @Inject Certificates certificates;
  @Inject AttendedWorkshops attended;
  @Inject ContentLibrary library;
  @Inject PublicLinks certificateLinks;
  @Inject PublicSite site;
  @Inject Clock clock;

  /** The range these texts say, for this caller (their school year by default), or 400. */
  public TranscriptRange range(Caller caller, String from, String to) {
    List<Refusal.FieldError> errors = new ArrayList<>();
    ZoneId zone = caller.timeZone() == null ? ZoneOffset.UTC : caller.timeZone();
    TranscriptRange range =
        TranscriptRange.parse(from, to, LocalDate.now(clock.withZone(zone)), errors);
    if (range == null) {
      throw Refusal.invalid(Message.of("transcript.range.invalid"), errors);
    }
    return range;
  }

  /** The caller's transcript over the range (one query for certificates, one for sessions). */
  @Transactional
  public Transcript mine(Caller caller, TranscriptRange range) {
    authorization.requireSignedIn(caller);
    Account account =
        accounts.account(caller.id()).orElseThrow(() -> Refusal.notFound("transcript.not_found"));
    Transcript transcript = of(account, range);
    return em.createNamedQuery(TranscriptCode.OF_RANGE, TranscriptCode.class)
        .setParameter("account", account.getId())
        .setParameter("from", range.from())
        .setParameter("to", range.to())
        .getResultStream()
        .findFirst()
        .map(code -> transcript.withCode(code.getCode(), verifyUrl(code.getCode())))
        .orElse(transcript);
  }

  /**
   * The caller's transcript with the code that names it, for a PDF. The first PDF of a range makes
   * the code; later ones print the same. Making it is not a change the teacher asked for or can see
   * (it names lines that exist anyway, and a second request gets the same name), so a GET may do
   * it, as HTTP allows of a safe request.
   */
  @Transactional
  public Transcript mineWithCode(Caller caller, TranscriptRange range) {
    Transcript transcript = mine(caller, range);
    if (transcript.code() != null) {
      return transcript;
    }
    String code = codeFor(caller.id(), range);
    return transcript.withCode(code, verifyUrl(code));
  }

  /** The transcript a code names, as its lines stand today; empty for an unknown code. */
  @Transactional
  public Optional<Transcript> verified(String code) {
    if (code == null || code.isBlank() || code.length() > 20) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(TranscriptCode.class, code.strip().toUpperCase(Locale.ROOT)))
        .flatMap(
            found ->
                accounts
                    .account(found.getAccountId())
                    .map(
                        account ->
                            of(account, found.range())
                                .withCode(found.getCode(), verifyUrl(found.getCode()))));
  }

  /** The public page that checks a transcript code. */
  public String verifyUrl(String code) {
    return site.link(
        UriBuilder.fromPath(TranscriptLinks.VERIFY).queryParam("code", code).build().toString());
  }

  private String codeFor(UUID account, TranscriptRange range) {
    for (int attempt = 0; attempt < 3; attempt++) {
      em.createNativeQuery(
              "insert into transcript_code (code, account_id, from_date, to_date, created_at)"
                  + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
          .setParameter(1, ReadableCodes.next("TR"))
          .setParameter(2, account)
          .setParameter(3, range.from())
          .setParameter(4, range.to())
          .setParameter(5, java.sql.Timestamp.from(clock.instant()))
          .executeUpdate();
      Optional<TranscriptCode> made =
          em.createNamedQuery(TranscriptCode.OF_RANGE, TranscriptCode.class)
              .setParameter("account", account)
              .setParameter("from", range.from())
              .setParameter("to", range.to())
              .getResultStream()
              .findFirst();
      if (made.isPresent()) {
        return made.get().getCode();
      }
    }
    throw new IllegalStateException("no transcript code could be made");
  }

  private Transcript of(Account account, TranscriptRange range) {
    List<Certificates.Held> held = certificates.held(account.getId());
    Map<UUID, AttendedWorkshops.AttendedWorkshop> workshops =
        held.stream().anyMatch(Certificates.Held::ofWorkshop)
            ? attended.of(account.getId())
            : Map.of();
    ProgramCatalog catalog = library.catalog();
    ZoneId zone = account.getTimeZone() == null ? ZoneOffset.UTC : account.getTimeZone();
    TranscriptLines.Context context =
        new TranscriptLines.Context(
            zone,
            Texts.english("layout.site_name"),
            slug ->
                library
                    .course(slug)
                    .map(course -> placement(catalog, course.program(), course.phase()))
                    .orElse(Placement.NONE),
            workshops,
            workshop -> placement(catalog, workshop.program(), workshop.phase()),
            certificateLinks::verify);
    List<TranscriptItem> lines = TranscriptLines.lines(held, range, context);
    return new Transcript(
        account.getName(),
        range.from(),
        range.to(),
        lines,
        TranscriptLines.total(lines),
        null,
        null);
  }

  private static Placement placement(ProgramCatalog catalog, String program, int phase) {
    if (program == null) {
      return Placement.NONE;
    }
    return catalog
        .program(program)
        .map(
            found ->
                new Placement(
                    found.title(),
                    phase > 0 ? phase : null,
                    found.phase(phase).map(p -> p.title()).orElse(null)))
        .orElse(new Placement(null, phase > 0 ? phase : null, null));
  }
}
