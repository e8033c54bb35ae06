package org.pathways.identity.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Brute-force protection: after 10 failed sign-ins in 15 minutes for one account or from one
 * address, sign-in answers 429 until the window allows again. Token buckets (Bucket4j) kept in a
 * bounded, expiring cache (Caffeine), so that many addresses cannot grow memory without bound.
 * Counted per platform instance.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(WINDOW).build();

  /** How long to wait before trying again, when either the account or the address is locked. */
  public Optional<Duration> lockedFor(String account, String address) {
    long wait = Math.max(waitNanos("account:" + account), waitNanos("address:" + address));
    return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
  }

  public void failed(String account, String address) {
    bucket("account:" + account).tryConsume(1);
    bucket("address:" + address).tryConsume(1);
  }

  private long waitNanos(String key) {
    Bucket bucket = buckets.getIfPresent(key);
    return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
  }

  private Bucket bucket(String key) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(FAILURES)
                        .refillIntervally(FAILURES, WINDOW)
                        .build())
                .build());
  }
}
