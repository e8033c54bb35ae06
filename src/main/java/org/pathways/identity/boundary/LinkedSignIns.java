package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.control.LinkedSignInRemoval;
import org.pathways.identity.control.OidcArrival;
import org.pathways.identity.control.OidcArrival.Decision;
import org.pathways.identity.control.OidcProviders;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.LinkedSignIn;
import org.pathways.identity.entity.OidcAttempt;

/**
 * The database side of sign-in with other accounts: sign-ins on their way to a provider (kept ten
 * minutes, used once), and the provider accounts linked to Pathways accounts.
 */
@ApplicationScoped
public class LinkedSignIns {

  static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SignInDomains domains;
  @Inject OidcSignIns oidcProviders;

  /** Keeps a sign-in sent to a provider; expired ones are dropped on the way. */
  @Transactional
  public void keep(
      String key, String provider, String state, String nonce, String verifier, String next) {
    em.createQuery("delete from OidcAttempt a where a.expiresAt < :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
    em.persist(
        new OidcAttempt(
            key, provider, state, nonce, verifier, next, clock.instant().plus(ATTEMPT_LIFETIME)));
  }

  /**
   * The sign-in this browser's key names, when it is for this provider with this state and not
   * expired; it is deleted either way, so a key or a state works once.
   */
  @Transactional
  public Optional<OidcAttempt> take(String key, String provider, String state) {
    if (key == null || state == null) {
      return Optional.empty();
    }
    OidcAttempt attempt = em.find(OidcAttempt.class, key);
    if (attempt == null) {
      return Optional.empty();
    }
    em.remove(attempt);
    return attempt.answers(provider, state, clock.instant())
        ? Optional.of(attempt)
        : Optional.empty();
  }

  /**
   * Decides and does what a verified sign-in of this provider account does ({@link OidcArrival}):
   * nothing yet for SIGN_IN (the caller opens the session), a new link for LINK, a new account and
   * its link for CREATE (the decision then names the new account).
   */
  @Transactional
  public Decision arrive(
      String provider,
      String issuer,
      OidcArrival.Claims claims,
      Optional<UUID> signedIn,
      String address) {
    return arrive(provider, issuer, claims, signedIn, address, null);
  }

  /**
   * As {@link #arrive(String, String, OidcArrival.Claims, Optional, String)}; a new account reads
   * {@code language} (the page's, as a password sign-up keeps it; null for none).
   */
  @Transactional
  public Decision arrive(
      String provider,
      String issuer,
      OidcArrival.Claims claims,
      Optional<UUID> signedIn,
      String address,
      Locale language) {
    Optional<UUID> linked =
        em.createNamedQuery(LinkedSignIn.BY_SUBJECT, LinkedSignIn.class)
            .setParameter("issuer", issuer)
            .setParameter("subject", claims.subject())
            .getResultStream()
            .findFirst()
            .map(LinkedSignIn::getAccountId);
    boolean emailTaken =
        claims
            .verifiedEmail()
            .map(
                email ->
                    !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", email)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty())
            .orElse(false);
    Decision decided = OidcArrival.decide(linked, signedIn, claims, emailTaken);
    String email =
        decided.kind() == OidcArrival.Kind.CREATE
            ? decided.email()
            : Optional.ofNullable(decided.account())
                .map(id -> em.find(Account.class, id))
                .map(Account::getEmail)
                .orElse(null);
    // A district's rule is about OpenID Connect providers; a launch from an LMS an administrator
    // registered (LTI) is the district's own system and is not held to it.
    Decision decision =
        oidcProviders.client(provider).isEmpty()
            ? decided
            : OidcArrival.underRule(
                decided, domains.requiredFor(email).map(OidcProviders.Provider::name), provider);
    switch (decision.kind()) {
      case LINK -> {
        link(decision.account(), provider, issuer, claims.subject());
        audit.record(
            decision.account(), "oidc.linked", decision.account().toString(), provider, address);
      }
      case CREATE -> {
        Account account = new Account(decision.email(), decision.name(), null, clock.instant());
        if (language != null) {
          account.prefer(language, null, clock.instant());
        }
        em.persist(account);
        em.flush();
        link(account.getId(), provider, issuer, claims.subject());
        audit.record(
            account.getId(), "account.created", account.getId().toString(), provider, address);
        return new Decision(decision.kind(), account.getId(), decision.name(), decision.email());
      }
      default -> {
        // SIGN_IN opens the session at the caller; the refusals change nothing.
      }
    }
    return decision;
  }

  void link(UUID account, String provider, String issuer, String subject) {
    em.persist(new LinkedSignIn(account, provider, issuer, subject, clock.instant()));
    em.flush();
  }

  /**
   * Removes this sign-in of the account while the account keeps its password or another sign-in
   * ({@link LinkedSignInRemoval}); answers whether it did. The account row is locked, so that two
   * removals at once cannot leave it without a way in.
   */
  @Transactional
  public boolean remove(UUID account, UUID link, String address) {
    Account owner = em.find(Account.class, account, LockModeType.PESSIMISTIC_WRITE);
    LinkedSignIn found = link == null ? null : em.find(LinkedSignIn.class, link);
    if (owner == null || found == null || !found.getAccountId().equals(account)) {
      return false;
    }
    if (!LinkedSignInRemoval.allowed(owner.getPasswordHash() != null, of(account).size())) {
      return false;
    }
    em.remove(found);
    audit.record(account, "oidc.unlinked", account.toString(), found.getProvider(), address);
    return true;
  }

  /** The sign-ins linked to this account, oldest first. */
  @Transactional
  public List<LinkedSignIn> of(UUID account) {
    return em.createNamedQuery(LinkedSignIn.OF_ACCOUNT, LinkedSignIn.class)
        .setParameter("account", account)
        .setMaxResults(50)
        .getResultList();
  }
}
