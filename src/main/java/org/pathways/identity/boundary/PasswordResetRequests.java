package org.pathways.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathways.identity.control.ResetThrottle;
import org.pathways.identity.entity.Account;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.entity.Refusal;

/**
 * "Forgot your password": the request is limited per address and per email, then answered at once;
 * looking the email up, making the link and mailing it happen afterwards on a managed thread. The
 * request itself does the same work whether the email has an account or not, so neither its answer
 * nor its time tells which emails have accounts.
 */
@ApplicationScoped
public class PasswordResetRequests {

  private static final Logger LOG = Logger.getLogger(PasswordResetRequests.class.getName());

  @Inject ResetThrottle throttle;
  @Inject PasswordResets resets;
  @Inject SignInDomains domains;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  Executor later;

  /** Accepts a request for a reset link, or refuses it with how long to wait. */
  public void request(String email, String linkBase, String address) {
    String normalized = Account.normalize(email);
    // A district's rule is public: its teachers are told to use its provider, not sent a link.
    domains.refusePasswordFor(normalized);
    Optional<Duration> wait = throttle.take(normalized, address);
    if (wait.isPresent()) {
      throw Refusal.tooMany(
          wait.get(), "identity.forgot.error.too_many", Limiter.minutes(wait.get()));
    }
    later.execute(
        () -> {
          try {
            resets.mailResetLink(normalized, linkBase);
          } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "A password reset link could not be mailed.", failed);
          }
        });
  }
}
