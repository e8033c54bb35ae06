package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.control.LinkMail;
import org.pathways.identity.control.OidcArrival;
import org.pathways.identity.control.OidcArrival.Decision;
import org.pathways.identity.control.OidcProviders;
import org.pathways.identity.control.SecretTokens;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.LinkedSignIn;
import org.pathways.identity.entity.MailedLink;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.entity.Refusal;

/**
 * Linking by a mailed link: a provider sign-in whose verified email belongs to an existing account
 * mails that account's owner a link (valid thirty minutes, used once) that adds the provider
 * account to theirs.
 */
@ApplicationScoped
public class MailedLinks {

  static final Duration LIFETIME = Duration.ofMinutes(30);
  static final Duration PAUSE = Duration.ofMinutes(10);

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject LinkedSignIns linked;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SignInDomains domains;
  @Inject Mailer mailer;

  /**
   * Mails the owner of the account with this email a link that adds the provider account to it (the
   * provider verified the same address; opening the mailbox proves the rest). At most one such mail
   * per account every ten minutes, so that nobody fills an inbox; answers whether a link was mailed
   * or is still on its way.
   */
  @Transactional
  public boolean offer(
      String email,
      String provider,
      String label,
      String issuer,
      String subject,
      String linkBase,
      String address) {
    Optional<Account> owner =
        em.createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", email)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (owner.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    em.createQuery("delete from MailedLink m where m.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
    boolean recent =
        !em.createQuery(
                "select m.tokenHash from MailedLink m where m.accountId = :account"
                    + " and m.createdAt > :since",
                String.class)
            .setParameter("account", owner.get().getId())
            .setParameter("since", now.minus(PAUSE))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (recent) {
      return true;
    }
    String secret = SecretTokens.generate();
    em.persist(
        new MailedLink(
            SecretTokens.hash(secret),
            owner.get().getId(),
            provider,
            issuer,
            subject,
            now,
            now.plus(LIFETIME)));
    LinkMail mail =
        LinkMail.to(
            owner.get().getName(),
            owner.get().reader().language(),
            label,
            (int) LIFETIME.toMinutes(),
            linkBase + secret);
    mailer.send(owner.get().getEmail(), mail.subject(), mail.body());
    audit.record(
        owner.get().getId(), "oidc.link-mailed", owner.get().getId().toString(), provider, address);
    return true;
  }

  /** The mailed link this secret opens, while it works. */
  @Transactional
  public Optional<MailedLink> open(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(MailedLink.class, SecretTokens.hash(secret)))
        .filter(link -> link.open(clock.instant()));
  }

  /**
   * Links the provider account the mailed link names to its account and answers that account; the
   * link works once. Refused (404) when unknown, used or expired, and (409) when the provider
   * account meanwhile belongs to another account or the account's district requires another
   * provider.
   */
  @Transactional
  public UUID confirm(String secret, String address) {
    MailedLink link =
        open(secret).orElseThrow(() -> Refusal.notFound("identity.link.page.unknown"));
    em.remove(em.find(MailedLink.class, SecretTokens.hash(secret)));
    Account owner = em.find(Account.class, link.getAccountId());
    Decision ruled =
        OidcArrival.underRule(
            new Decision(OidcArrival.Kind.LINK, link.getAccountId(), null, null),
            domains.requiredFor(owner.getEmail()).map(OidcProviders.Provider::name),
            link.getProvider());
    if (ruled.kind() != OidcArrival.Kind.LINK) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "identity.link.page.district");
    }
    Optional<UUID> holder =
        em.createNamedQuery(LinkedSignIn.BY_SUBJECT, LinkedSignIn.class)
            .setParameter("issuer", link.getIssuer())
            .setParameter("subject", link.getSubject())
            .getResultStream()
            .findFirst()
            .map(LinkedSignIn::getAccountId);
    if (holder.isPresent() && !holder.get().equals(link.getAccountId())) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "identity.link.page.taken");
    }
    if (holder.isEmpty()) {
      linked.link(link.getAccountId(), link.getProvider(), link.getIssuer(), link.getSubject());
      audit.record(
          link.getAccountId(),
          "oidc.linked",
          link.getAccountId().toString(),
          link.getProvider() + " by mail",
          address);
    }
    return link.getAccountId();
  }
}
