package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.district.control.InquiryCheck;
import org.pathways.district.control.InquiryThrottle;
import org.pathways.district.entity.District;
import org.pathways.district.entity.InquiryChange;
import org.pathways.district.entity.InquiryRequest;
import org.pathways.district.entity.InquiryStatus;
import org.pathways.district.entity.PartnershipInquiry;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;

/**
 * Districts asking to partner, for the public form and the API alike, and program staff answering
 * them. Marking one "partner" creates its district once.
 */
@ApplicationScoped
public class Partnerships {

  public static final Permission INQUIRY_MANAGE = new Permission("district.inquiry", false);

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject InquiryThrottle throttle;
  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject Authorization authorization;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Where staff are told of inquiries; unset, every program manager is. */
  @Inject
  @ConfigProperty(name = "pathways.partnerships.notify")
  Optional<String> notify;

  /**
   * Keeps a district's inquiry, mails the contact an acknowledgement and program staff the news.
   * Checked first, then counted against the address's allowance (429 beyond it).
   */
  @Transactional
  public PartnershipInquiry submit(InquiryRequest request, String address, Locale language) {
    List<Refusal.FieldError> problems = InquiryCheck.problems(request);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(Message.of("district.inquiry.error.invalid"), problems);
    }
    Optional<Duration> wait = throttle.take(address);
    if (wait.isPresent()) {
      throw Refusal.tooMany(
          wait.get(), "district.inquiry.error.too_many", Limiter.minutes(wait.get()));
    }
    PartnershipInquiry inquiry = new PartnershipInquiry(request, clock.instant());
    em.persist(inquiry);
    mailer.send(
        inquiry.getContactEmail(),
        Texts.in(language, "district.inquiry.mail.ack.subject"),
        Texts.in(
            language,
            "district.inquiry.mail.ack.body",
            inquiry.getContactName(),
            inquiry.getDistrict()));
    for (String staff : staff()) {
      Locale theirs =
          accounts.accountByEmail(staff).map(a -> a.reader().language()).orElse(Locale.ENGLISH);
      mailer.send(
          staff,
          Texts.in(theirs, "district.inquiry.mail.staff.subject", inquiry.getDistrict()),
          Texts.in(
              theirs,
              "district.inquiry.mail.staff.body",
              inquiry.getDistrict(),
              inquiry.getState(),
              inquiry.getContactName(),
              inquiry.getContactRole(),
              inquiry.getContactEmail(),
              String.join(", ", inquiry.getGradeBands()),
              inquiry.getTeachers() == null ? "-" : inquiry.getTeachers().toString(),
              inquiry.getMessage() == null ? "-" : inquiry.getMessage()));
    }
    return inquiry;
  }

  private List<String> staff() {
    return notify
        .filter(address -> !address.isBlank())
        .map(address -> List.of(address.strip()))
        .orElseGet(() -> accounts.emailsHolding(Role.PROGRAM_MANAGER));
  }

  /**
   * A page of inquiries, newest first, of one status or all (two queries; staff only, else 403).
   */
  @Transactional
  public ResultPage<PartnershipInquiry> inquiries(Caller caller, String written, PageRequest page) {
    authorization.requireOrganiser(caller, INQUIRY_MANAGE);
    InquiryStatus status = written == null || written.isBlank() ? null : status(written);
    TypedQuery<PartnershipInquiry> items =
        em.createNamedQuery(
            status == null ? PartnershipInquiry.ALL : PartnershipInquiry.BY_STATUS,
            PartnershipInquiry.class);
    TypedQuery<Long> count =
        em.createNamedQuery(
            status == null ? PartnershipInquiry.COUNT : PartnershipInquiry.COUNT_BY_STATUS,
            Long.class);
    if (status != null) {
      items.setParameter("status", status);
      count.setParameter("status", status);
    }
    return ResultPage.of(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        page,
        count.getSingleResult());
  }

  /** One inquiry (staff only, else 403; unknown 404). */
  @Transactional
  public PartnershipInquiry inquiry(Caller caller, UUID id) {
    authorization.requireOrganiser(caller, INQUIRY_MANAGE);
    return Optional.ofNullable(id == null ? null : em.find(PartnershipInquiry.class, id))
        .orElseThrow(() -> Refusal.notFound("district.inquiry.not_found"));
  }

  /**
   * Staff record where they stand with an inquiry. PARTNER creates the district from the inquiry's
   * name and state, once: again, or when a district of that name and state exists, it is reused.
   */
  @Transactional
  public PartnershipInquiry change(Caller caller, UUID id, String written, String note) {
    PartnershipInquiry inquiry = inquiry(caller, id);
    if (written == null || written.isBlank()) {
      throw Refusal.invalid("status", "district.inquiry.error.status.required");
    }
    InquiryStatus status = status(written);
    if (note != null && note.strip().length() > InquiryCheck.MESSAGE_MOST) {
      throw Refusal.invalid("note", "district.inquiry.error.note.size", InquiryCheck.MESSAGE_MOST);
    }
    inquiry.change(status, note, caller.id(), clock.instant());
    if (status == InquiryStatus.PARTNER && inquiry.getDistrictId() == null) {
      District district = districtFor(caller, inquiry);
      inquiry.partneredAs(district.getId());
    }
    audit.record(caller.id(), "district.inquiry-changed", id.toString(), status.name(), null);
    return inquiry;
  }

  private static InquiryStatus status(String written) {
    return InquiryChange.status(written)
        .orElseThrow(() -> Refusal.invalid("status", "district.inquiry.error.status.unknown"));
  }

  private District districtFor(Caller caller, PartnershipInquiry inquiry) {
    return em.createNamedQuery(District.BY_NAME, District.class)
        .setParameter("name", inquiry.getDistrict().toLowerCase(java.util.Locale.ROOT))
        .setParameter("state", inquiry.getState())
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              District created =
                  new District(
                      inquiry.getDistrict(), inquiry.getState(), caller.id(), clock.instant());
              em.persist(created);
              audit.record(
                  caller.id(),
                  "district.created",
                  created.getId().toString(),
                  created.getName(),
                  null);
              return created;
            });
  }
}
