package org.pathways.district.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Inquiries need no account, so they are limited per address: 5 an hour ({@code
 * pathways.limits.partnership-inquiry}), enough for a district office, not for a script filling
 * staff's mailboxes.
 */
@ApplicationScoped
public class InquiryThrottle {

  static final String LIMIT = "partnership-inquiry";
  static final String DEFAULT = "5/1h";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /** Takes an inquiry from the address's allowance: empty when allowed, else how long to wait. */
  public Optional<Duration> take(String address) {
    return limiter.take(limits.named(LIMIT, DEFAULT), address);
  }
}
