package org.pathways.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place where allowances are counted, for every limit of every feature: token buckets
 * (Bucket4j), one per limit and key, in a bounded cache that forgets a key once its allowance is
 * whole again. Counted per platform instance; to share the count across a cluster, only this class
 * changes (the buckets move to a grid under the same keys).
 */
@ApplicationScoped
public class Limiter {

  private static final int MAXIMUM_KEYS = 500_000;

  private record Held(Bucket bucket, Duration keep) {}

  private final Cache<String, Held> buckets =
      Caffeine.newBuilder()
          .maximumSize(MAXIMUM_KEYS)
          .expireAfter(
              new Expiry<String, Held>() {
                @Override
                public long expireAfterCreate(String key, Held held, long now) {
                  return held.keep().toNanos();
                }

                @Override
                public long expireAfterUpdate(String key, Held held, long now, long remaining) {
                  return held.keep().toNanos();
                }

                @Override
                public long expireAfterRead(String key, Held held, long now, long remaining) {
                  return held.keep().toNanos();
                }
              })
          .build();

  @Inject Clock clock;

  /** A limiter on its own clock, for tests of the rules that use one. */
  public static Limiter on(Clock clock) {
    Limiter limiter = new Limiter();
    limiter.clock = clock;
    return limiter;
  }

  /** Takes one action from the key's allowance: empty when allowed, else how long to wait. */
  public Optional<Duration> take(Limit limit, String key) {
    ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
  }

  /** How long the key must wait before its next action, without taking one. */
  public Optional<Duration> waiting(Limit limit, String key) {
    Held held = buckets.getIfPresent(id(limit, key));
    long nanos =
        held == null ? 0 : held.bucket().estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  /** Gives back an action taken before, when it turned out not to count (a right code). */
  public void giveBack(Limit limit, String key) {
    Held held = buckets.getIfPresent(id(limit, key));
    if (held != null) {
      held.bucket().addTokens(1);
    }
  }

  /** Whole minutes to wait, at least one: what a sentence tells a person. */
  public static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }

  /** Whole seconds to wait, at least one: what Retry-After says. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static String id(Limit limit, String key) {
    return limit.name() + '\u0000' + key;
  }

  private Bucket bucket(Limit limit, String key) {
    return buckets.get(id(limit, key), k -> new Held(build(limit), limit.longestWindow())).bucket();
  }

  private Bucket build(Limit limit) {
    LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(new ClockTime(clock));
    for (Limit.Rate rate : limit.rates()) {
      builder.addLimit(
          Bandwidth.builder()
              .capacity(rate.count())
              .refillGreedy(rate.count(), rate.per())
              .build());
    }
    return builder.build();
  }

  /** Bucket4j's time from the platform's clock, so that tests can move it. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
