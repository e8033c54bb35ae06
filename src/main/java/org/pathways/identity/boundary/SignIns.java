package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.control.SignInThrottle;
import org.pathways.identity.entity.Account;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.LogText;
import org.pathways.platform.entity.Refusal;

/** Sign-in with an email and a password, for the sign-in page and for API tokens. */
@ApplicationScoped
public class SignIns {

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject SignInThrottle throttle;
  @Inject AuditTrail audit;
  @Inject SignInDomains domains;

  /**
   * The account with this email and password. Unknown email and wrong password give the same
   * refusal after the same work; ten failures lock the account and the address for a while (each
   * attempt is taken before hashing and given back when it succeeds). No transaction spans the
   * hash: a sign-in waiting for a hashing thread holds no database connection. An email whose
   * district requires its provider is refused before anything else (403, naming the provider).
   */
  public Account signIn(String email, String password, String address) {
    String normalized = Account.normalize(email);
    // A district that requires its provider: its teachers' passwords do not sign in (403).
    domains.refusePasswordFor(normalized);
    // The attempt is taken before the hash, so that parallel guesses cannot all pass.
    Optional<Duration> locked = throttle.take(normalized, address);
    if (locked.isPresent()) {
      audit.record(null, "signin.locked", null, LogText.safe(normalized), address);
      throw Refusal.tooMany(
          locked.get(), "identity.sign_in.error.locked", Limiter.minutes(locked.get()));
    }
    Optional<Account> account = accounts.accountByEmail(normalized);
    boolean matches;
    try {
      // An account made by another sign-in has no password until its owner sets one.
      if (account.isPresent() && account.get().getPasswordHash() != null) {
        matches = passwords.matches(password, account.get().getPasswordHash());
      } else {
        passwords.checkAgainstDecoy(password);
        matches = false;
      }
    } catch (Refusal busy) {
      // Too many sign-ins at once (503): the password was not checked, so the attempt is not one.
      throttle.notChecked(normalized, address);
      throw busy;
    }
    if (!matches) {
      audit.record(
          account.map(Account::getId).orElse(null),
          "signin.failed",
          null,
          LogText.safe(normalized),
          address);
      throw Refusal.of(Refusal.Kind.NOT_SIGNED_IN, "identity.credentials.wrong");
    }
    throttle.succeeded(normalized, address);
    Account found = account.get();
    if (passwords.outdated(found.getPasswordHash())) {
      upgrade(found, password);
    }
    audit.record(found.getId(), "signin.succeeded", found.getId().toString(), null, address);
    return found;
  }

  /** A stronger hash of a right password; when hashing is saturated, at a later sign-in. */
  private void upgrade(Account account, String password) {
    try {
      accounts.rehash(account.getId(), passwords.hash(password));
    } catch (Refusal busy) {
      // The sign-in stands: the old hash keeps working until a sign-in finds a hashing thread.
    }
  }
}
