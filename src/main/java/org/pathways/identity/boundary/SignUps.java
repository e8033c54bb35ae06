package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.control.SignUpThrottle;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.SignUp;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.entity.Refusal;

/**
 * Sign-up, for the sign-up page and the API. The password is hashed outside any transaction: a
 * sign-up waiting for a hashing thread (up to about 2 s in a storm) holds no database connection,
 * so a crowd signing up cannot take the pool from teachers at work. Sign-ups are limited per
 * address, counted before the hash (the expensive part) and given back when it could not start.
 */
@ApplicationScoped
public class SignUps {

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject SignUpThrottle throttle;
  @Inject SignInDomains domains;

  public Account signUp(SignUp form, String address) {
    return signUp(form, address, null);
  }

  /**
   * Opens an account whose profile keeps the language its owner signed up in (a page's; null for
   * none).
   */
  public Account signUp(SignUp form, String address, Locale language) {
    passwords
        .problem(form.password())
        .ifPresent(
            problem -> {
              throw problem.refusal("password");
            });
    domains.refusePasswordFor(form.email());
    if (accounts.accountByEmail(form.email()).isPresent()) {
      throw Accounts.emailTaken();
    }
    Optional<Duration> wait = throttle.take(address);
    if (wait.isPresent()) {
      throw Refusal.tooMany(
          wait.get(), "identity.sign_up.error.too_many", Limiter.minutes(wait.get()));
    }
    String hash;
    try {
      hash = passwords.hash(form.password());
    } catch (Refusal busy) {
      throttle.giveBack(address);
      throw busy;
    }
    return accounts.open(form, hash, language);
  }
}
