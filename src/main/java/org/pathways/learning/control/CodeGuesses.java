package org.pathways.learning.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Guessing cohort codes: after 10 wrong codes in an hour, an account must wait before trying any
 * code again. Token buckets (Bucket4j) in a bounded, expiring cache; counted per platform instance.
 */
@ApplicationScoped
public class CodeGuesses {

  static final int WRONG = 10;
  static final Duration WINDOW = Duration.ofHours(1);

  private final Cache<UUID, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(WINDOW).build();

  /** How long the account must wait before trying a code, if it must. */
  public Optional<Duration> lockedFor(UUID account) {
    Bucket bucket = buckets.getIfPresent(account);
    long nanos = bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  public void wrong(UUID account) {
    buckets
        .get(
            account,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder().capacity(WRONG).refillIntervally(WRONG, WINDOW).build())
                    .build())
        .tryConsume(1);
  }
}
