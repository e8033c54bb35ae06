package org.pathways.forum.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Flood protection: each account may post (threads, replies and edits) at most 6 times a minute and
 * 60 times an hour. Token buckets (Bucket4j) in a bounded, expiring cache; counted per platform
 * instance.
 */
@ApplicationScoped
public class PostingThrottle {

  static final int PER_MINUTE = 6;
  static final int PER_HOUR = 60;

  private final Cache<UUID, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

  /** Takes one post from the account's allowance; empty when allowed, else how long to wait. */
  public Optional<Duration> take(UUID account) {
    Bucket bucket =
        buckets.get(
            account,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(PER_MINUTE)
                            .refillGreedy(PER_MINUTE, Duration.ofMinutes(1))
                            .build())
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(PER_HOUR)
                            .refillGreedy(PER_HOUR, Duration.ofHours(1))
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}
