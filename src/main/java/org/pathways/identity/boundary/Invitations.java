package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.identity.control.SecretTokens;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Invitation;
import org.pathways.identity.entity.InvitationAccepted;
import org.pathways.identity.entity.Role;
import org.pathways.identity.entity.RoleWithdrawn;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.control.LogText;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/**
 * Rights given by email address (facilitating a cohort or a workshop) are invitations: a mailed
 * single-use link that the owner of the address accepts while signed in with an account of that
 * address. Until then the address's account, whoever opened it, receives nothing. The feature that
 * owns the target keeps its list of holders and is told of each acceptance ({@link
 * InvitationAccepted}).
 */
@ApplicationScoped
public class Invitations {

  /** The page the mailed link opens; the secret follows in {@code token}. */
  public static final String PAGE = "/identity/invitation.xhtml";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Accounts accounts;
  @Inject AccountRoles roles;
  @Inject Mailer mailer;
  @Inject PublicSite site;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<InvitationAccepted> accepted;

  @Inject
  @ConfigProperty(name = "pathways.invitations.days", defaultValue = "14")
  int days;

  /**
   * {@link #settle Settles} a whole new list of holders and records the change in the audit trail
   * under {@code action} (e.g. {@code cohort.facilitators-changed}); the caller's feature removes
   * those who do not keep the right.
   */
  @Transactional
  public InvitationPlan replace(
      Caller by,
      Invitation.Target target,
      Role role,
      String field,
      Collection<UUID> holders,
      Collection<String> wanted,
      String action) {
    InvitationPlan plan =
        settle(by, target, role, field, holders, wanted == null ? List.of() : wanted);
    audit.record(by.id(), action, target.id().toString(), plan.summary(), null);
    return plan;
  }

  /**
   * Makes the holders of a right match the emails an organiser wrote: mails an invitation to each
   * new address, withdraws the open invitations left off, and answers who keeps the right (the
   * caller's feature removes the others, in the same transaction). 400 naming what is not an email
   * address, or when the list is longer than {@link InvitationPlan#MOST}.
   *
   * @param field the request's field the emails came from, for the refusal
   * @param holders the accounts holding the right now
   */
  @Transactional
  public InvitationPlan settle(
      Caller by,
      Invitation.Target target,
      Role role,
      String field,
      Collection<UUID> holders,
      Collection<String> wanted) {
    Map<UUID, String> members =
        accounts.accounts(holders).stream()
            .collect(Collectors.toMap(Account::getId, Account::getEmail));
    List<Invitation> open = open(target);
    Set<String> openEmails = open.stream().map(Invitation::getEmail).collect(Collectors.toSet());
    InvitationPlan plan = InvitationPlan.of(members, openEmails, wanted);
    if (!plan.invalid().isEmpty()) {
      throw Refusal.invalid(
          field,
          "identity.invitation.invalid",
          plan.invalid().stream().map(LogText::safe).collect(Collectors.joining(", ")));
    }
    if (plan.size(openEmails) > InvitationPlan.MOST) {
      throw Refusal.invalid(field, "identity.invitation.too_many", InvitationPlan.MOST);
    }
    if (!plan.invite().isEmpty() && !site.usable()) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "identity.invitation.no_public_address");
    }
    Instant now = clock.instant();
    for (Invitation invitation : open) {
      if (plan.withdraw().contains(invitation.getEmail())) {
        invitation.withdraw(now);
        audit.record(
            by.id(), "invitation.withdrawn", target.id().toString(), invitation.getEmail(), null);
      }
    }
    // Withdrawn rows leave the unique index of open invitations before new ones are written.
    em.flush();
    String inviter = accounts.account(by.id()).map(Account::getName).orElse("Pathways");
    for (String email : plan.invite()) {
      String secret = SecretTokens.generate();
      em.persist(
          new Invitation(
              email,
              role,
              target,
              SecretTokens.hash(secret),
              by.id(),
              now,
              now.plus(Duration.ofDays(days))));
      // In the invited person's language when they have an account, else in English.
      Locale language =
          accounts.accountByEmail(email).map(a -> a.reader().language()).orElse(Locale.ENGLISH);
      mailer.send(
          email,
          Texts.in(language, "identity.invitation.mail.subject." + target.scope(), target.title()),
          Texts.in(
              language,
              "identity.invitation.mail.body." + target.scope(),
              inviter,
              target.title(),
              site.link(PAGE + "?token=" + secret),
              days));
      audit.record(by.id(), "invitation.sent", target.id().toString(), email, null);
    }
    for (UUID removed : plan.removed()) {
      audit.record(by.id(), "invitation.right-removed", target.id().toString(), removed + "", null);
    }
    return plan;
  }

  /** The open invitations to this target, by email. */
  public List<Invitation> open(Invitation.Target target) {
    return em
        .createNamedQuery(Invitation.OPEN_FOR, Invitation.class)
        .setParameter("scope", target.scope())
        .setParameter("target", target.id())
        .getResultList()
        .stream()
        .filter(i -> i.stateAt(clock.instant()) == Invitation.State.OPEN)
        .toList();
  }

  /** The addresses with an open invitation to each of these targets of a scope (one query). */
  public Map<UUID, List<String>> open(String scope, Collection<UUID> targets) {
    if (targets.isEmpty()) {
      return Map.of();
    }
    Instant now = clock.instant();
    return em
        .createNamedQuery(Invitation.OPEN_FOR_ANY, Invitation.class)
        .setParameter("scope", scope)
        .setParameter("targets", targets)
        .getResultList()
        .stream()
        .filter(i -> i.stateAt(now) == Invitation.State.OPEN)
        .collect(
            Collectors.groupingBy(
                Invitation::getTargetId,
                Collectors.mapping(Invitation::getEmail, Collectors.toList())));
  }

  /** The invitation this link's secret stands for, whatever its state. */
  public Optional<Invitation> find(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(Invitation.BY_HASH, Invitation.class)
        .setParameter("hash", SecretTokens.hash(secret))
        .getResultStream()
        .findFirst();
  }

  /** Where this invitation stands now. */
  public Invitation.State state(Invitation invitation) {
    return invitation.stateAt(clock.instant());
  }

  /**
   * The signed-in owner of the invited address accepts: they receive the role and the right. A
   * second acceptance by the same account answers the same; anyone else is refused.
   */
  @Transactional
  public Invitation accept(Caller caller, String secret) {
    if (!caller.signedIn()) {
      throw Refusal.of(Refusal.Kind.NOT_SIGNED_IN, "identity.invitation.sign_in");
    }
    Invitation invitation =
        find(secret)
            .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "identity.invitation.unknown"));
    Account account =
        accounts
            .account(caller.id())
            .orElseThrow(
                () -> Refusal.of(Refusal.Kind.NOT_SIGNED_IN, "identity.invitation.sign_in_again"));
    if (!invitation.addressedTo(account)) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "identity.invitation.other_address");
    }
    Invitation.State state = invitation.stateAt(clock.instant());
    switch (state) {
      case ACCEPTED -> {
        return invitation;
      }
      case WITHDRAWN -> throw Refusal.of(Refusal.Kind.CONFLICT, "identity.invitation.withdrawn");
      case EXPIRED -> throw Refusal.of(Refusal.Kind.CONFLICT, "identity.invitation.expired");
      case OPEN -> {
        // accepted below
      }
    }
    invitation.accept(account.getId(), clock.instant());
    Caller inviter =
        new Caller(invitation.getInvitedBy(), "", Set.of(Role.PROGRAM_MANAGER, Role.ADMIN));
    roles.grantRole(inviter, account.getId(), invitation.getRole());
    accepted.fire(new InvitationAccepted(invitation.target(), account.getId()));
    audit.record(
        account.getId(),
        "identity.invitation.page.accepted",
        invitation.getTargetId().toString(),
        invitation.getScope(),
        null);
    return invitation;
  }

  /** Losing a role withdraws the open invitations that would give it back. */
  void roleWithdrawn(@Observes RoleWithdrawn withdrawn) {
    accounts
        .account(withdrawn.account())
        .ifPresent(
            account ->
                em.createNamedQuery(Invitation.OPEN_TO, Invitation.class)
                    .setParameter("email", account.getEmail())
                    .setParameter("role", withdrawn.role())
                    .getResultList()
                    .forEach(invitation -> invitation.withdraw(clock.instant())));
  }
}
