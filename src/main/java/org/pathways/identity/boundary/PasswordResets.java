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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.PasswordResetMail;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.control.SecretTokens;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.PasswordReset;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.entity.Refusal;

/**
 * Password resets: a single-use link mailed to the account's address, and the new password it lets
 * its holder choose (which ends the account's sessions and tokens).
 */
@ApplicationScoped
public class PasswordResets {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Accounts accounts;
  @Inject AccountSecurity security;
  @Inject Passwords passwords;
  @Inject AuditTrail audit;
  @Inject Mailer mailer;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.password.reset-minutes", defaultValue = "60")
  int resetMinutes;

  /**
   * Mails a single-use link when the (normalized) email has an account. Runs after the request has
   * been answered ({@link PasswordResetRequests}), so its cost tells the requester nothing.
   */
  @Transactional
  public void mailResetLink(String email, String linkBase) {
    Optional<Account> account = accounts.accountByEmail(email);
    if (account.isEmpty()) {
      return;
    }
    String secret = SecretTokens.generate();
    Instant now = clock.instant();
    em.persist(
        new PasswordReset(
            account.get().getId(),
            SecretTokens.hash(secret),
            now,
            now.plus(Duration.ofMinutes(resetMinutes))));
    PasswordResetMail mail =
        PasswordResetMail.to(
            account.get().getName(),
            account.get().reader().language(),
            resetMinutes,
            linkBase + secret);
    mailer.send(account.get().getEmail(), mail.subject(), mail.body());
    audit.record(
        account.get().getId(),
        "password.reset-requested",
        account.get().getId().toString(),
        null,
        null);
  }

  @Transactional
  public Account resetPassword(String secret, String newPassword) {
    PasswordReset reset =
        em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class)
            .setParameter("hash", SecretTokens.hash(secret == null ? "" : secret))
            .getResultStream()
            .filter(found -> found.usableAt(clock.instant()))
            .findFirst()
            .orElseThrow(() -> Refusal.of(Refusal.Kind.UNPROCESSABLE, "identity.reset.error.link"));
    passwords
        .problem(newPassword)
        .ifPresent(
            problem -> {
              throw problem.refusal("password");
            });
    Account account =
        accounts
            .account(reset.getAccountId())
            .orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    account.changePassword(passwords.hash(newPassword), clock.instant());
    reset.use(clock.instant());
    // Whoever knew the old password may hold tokens, sessions or feed addresses: a reset ends them.
    security.passwordReplaced(account.getId(), null);
    audit.record(account.getId(), "password.reset", account.getId().toString(), null, null);
    return account;
  }
}
