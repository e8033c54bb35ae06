package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.control.CallerCache;
import org.pathways.identity.control.LinkedSignInRemoval;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.control.SignInThrottle;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.ApiToken;
import org.pathways.identity.entity.LinkedSignIn;
import org.pathways.identity.entity.PasswordChanged;
import org.pathways.platform.entity.Refusal;

/**
 * What ends an account's sessions and secrets: a password change (the current password asked
 * again), a reset, "Sign out everywhere", and the password asked again before a deletion. A wrong
 * password here counts towards the same lock as a failed sign-in.
 */
@ApplicationScoped
public class AccountSecurity {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Passwords passwords;
  @Inject SignInThrottle throttle;
  @Inject PageSessions sessions;
  @Inject CallerCache callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<PasswordChanged> passwordChanged;

  /**
   * Changes the password when {@code current} is right, keeping only the session {@code keep}:
   * every other session, every token and every feature's secrets (calendar feeds) end.
   */
  @Transactional(dontRollbackOn = Refusal.class)
  public void changePassword(
      UUID id, String current, String next, String address, UUID keepSession) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw Refusal.notFound("identity.account.not_found");
    }
    confirmPassword(account, current, address);
    passwords
        .problem(next)
        .ifPresent(
            problem -> {
              throw problem.refusal("newPassword");
            });
    account.changePassword(passwords.hash(next), clock.instant());
    passwordReplaced(id, keepSession);
    audit.record(id, "password.changed", id.toString(), null, address);
  }

  /**
   * Drops the password when {@code current} is right and the account keeps a linked sign-in; as
   * after a change, only the session {@code keep} stays. The account's row is locked, as a linked
   * sign-in's removal locks it, so that the two at once cannot leave it without a way in. 409 when
   * no other way in stays.
   */
  @Transactional(dontRollbackOn = Refusal.class)
  public void dropPassword(UUID id, String current, String address, UUID keepSession) {
    Account account = em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw Refusal.notFound("identity.account.not_found");
    }
    confirmPassword(account, current, address);
    long linked =
        em.createNamedQuery(LinkedSignIn.OF_ACCOUNT, LinkedSignIn.class)
            .setParameter("account", id)
            .getResultList()
            .size();
    if (!LinkedSignInRemoval.passwordMayGo((int) linked)) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "identity.profile.password.drop_last");
    }
    account.changePassword(null, clock.instant());
    passwordReplaced(id, keepSession);
    audit.record(id, "password.dropped", id.toString(), null, address);
  }

  /**
   * After a reset or a change: ends the account's sessions (but {@code keepSession}), its tokens
   * and what other features keep for it.
   */
  @Transactional
  public void passwordReplaced(UUID account, UUID keepSession) {
    em.createQuery(
            "update ApiToken t set t.revokedAt = :now"
                + " where t.accountId = :account and t.revokedAt is null")
        .setParameter("now", clock.instant())
        .setParameter("account", account)
        .executeUpdate();
    sessions.endAll(account, keepSession);
    passwordChanged.fire(new PasswordChanged(account));
    callers.forgetAccount(account);
  }

  /**
   * Ends every page session of the account, and the tokens their pages carry, on every instance.
   */
  @Transactional
  public int signOutEverywhere(UUID account, String address) {
    em.createQuery(
            "update ApiToken t set t.revokedAt = :now where t.accountId = :account"
                + " and t.purpose = :page and t.revokedAt is null")
        .setParameter("now", clock.instant())
        .setParameter("account", account)
        .setParameter("page", ApiToken.Purpose.PAGE)
        .executeUpdate();
    int ended = sessions.endAll(account, null);
    callers.forgetAccount(account);
    audit.record(account, "sessions.ended", account.toString(), ended + " sessions", address);
    return ended;
  }

  /**
   * Refuses unless {@code password} is the account's: 400 when missing, 403 when wrong (counted
   * like a failed sign-in), 429 while sign-in is locked for the account or the address.
   */
  public void confirmPassword(Account account, String password, String address) {
    if (password == null || password.isEmpty()) {
      throw Refusal.invalid("password", "identity.password.confirm_required");
    }
    // Taken before the hash and given back when right, as at sign-in: parallel guesses get no more.
    Optional<Duration> locked = throttle.take(account.getEmail(), address);
    if (locked.isPresent()) {
      throw Refusal.tooMany(locked.get(), "identity.password.confirm_locked")
          .withDetail("identity.password.confirm_locked.detail");
    }
    boolean right;
    try {
      right =
          account.getPasswordHash() != null
              && passwords.matches(password, account.getPasswordHash());
    } catch (Refusal busy) {
      throttle.notChecked(account.getEmail(), address);
      throw busy;
    }
    if (!right) {
      audit.record(
          account.getId(), "password.confirm-failed", account.getId().toString(), null, address);
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "identity.password.confirm_wrong")
          .withErrors(
              List.of(Refusal.FieldError.of("password", "identity.password.confirm_wrong")));
    }
    throttle.succeeded(account.getEmail(), address);
  }
}
