package org.pathways.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The one place where allowances are counted, for every limit of every feature: token buckets
 * (Bucket4j), one per limit and key. With a data grid ({@link Grid}), the buckets live in it and
 * every instance counts against the same allowance ({@link SharedBuckets}); without one, or while
 * the grid does not answer within its bound, in a bounded cache of this instance that forgets a key
 * once its allowance is whole again. During a network split each side thus counts for itself, and
 * the grid is used again as soon as it answers.
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
  @Inject Grid grid;
  @Resource ManagedThreadFactory threads;

  /** The grid member given by a test, instead of the one the platform finds. */
  private Optional<HazelcastInstance> given;

  private SharedBuckets shared;

  /** A limiter on its own clock, for tests of the rules that use one. */
  public static Limiter on(Clock clock) {
    Limiter limiter = new Limiter();
    limiter.clock = clock;
    limiter.given = Optional.empty();
    return limiter;
  }

  /** A limiter on its own clock counting in the grid of this member, for tests of the grid. */
  static Limiter on(Clock clock, HazelcastInstance member) {
    Limiter limiter = on(clock);
    limiter.given = Optional.of(member);
    return limiter;
  }

  /** Takes one action from the key's allowance: empty when allowed, else how long to wait. */
  public Optional<Duration> take(Limit limit, String key) {
    return shared()
        .map(grid -> grid.ask(limit, key, Limiter::take, () -> takeHere(limit, key)))
        .orElseGet(() -> takeHere(limit, key));
  }

  /** How long the key must wait before its next action, without taking one. */
  public Optional<Duration> waiting(Limit limit, String key) {
    return shared()
        .map(
            grid ->
                grid.askHeld(
                    limit,
                    key,
                    Limiter::waiting,
                    Optional.<Duration>empty(),
                    () -> waitingHere(limit, key)))
        .orElseGet(() -> waitingHere(limit, key));
  }

  /** Gives back an action taken before, when it turned out not to count (a right code). */
  public void giveBack(Limit limit, String key) {
    Optional<SharedBuckets> grid = shared();
    if (grid.isPresent()) {
      grid.get().askHeld(limit, key, Limiter::giveBack, false, () -> giveBackHere(limit, key));
    } else {
      giveBackHere(limit, key);
    }
  }

  @PreDestroy
  synchronized void close() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  private Optional<Duration> takeHere(Limit limit, String key) {
    return take(bucket(limit, key));
  }

  private Optional<Duration> waitingHere(Limit limit, String key) {
    Held held = buckets.getIfPresent(id(limit, key));
    return held == null ? Optional.empty() : waiting(held.bucket());
  }

  private boolean giveBackHere(Limit limit, String key) {
    Held held = buckets.getIfPresent(id(limit, key));
    return held != null && giveBack(held.bucket());
  }

  private static Optional<Duration> take(Bucket bucket) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
  }

  private static Optional<Duration> waiting(Bucket bucket) {
    long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  private static boolean giveBack(Bucket bucket) {
    bucket.addTokens(1);
    return true;
  }

  /** The grid's buckets while this instance is a member of a running grid. */
  private synchronized Optional<SharedBuckets> shared() {
    Optional<HazelcastInstance> member =
        given != null ? given : grid == null ? Optional.empty() : grid.member();
    if (member.isEmpty()) {
      return Optional.empty();
    }
    if (shared == null || shared.member() != member.get()) {
      close();
      shared = new SharedBuckets(member.get(), new ClockTime(clock), threadFactory());
    }
    return Optional.of(shared);
  }

  private ThreadFactory threadFactory() {
    if (threads != null) {
      return threads;
    }
    ThreadFactory plain = Executors.defaultThreadFactory();
    return runnable -> {
      Thread thread = plain.newThread(runnable);
      thread.setName("pathways-limits-" + thread.getName());
      thread.setDaemon(true);
      return thread;
    };
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
    for (Bandwidth rate : configuration(limit).getBandwidths()) {
      builder.addLimit(rate);
    }
    return builder.build();
  }

  /** A bucket for the limit: every rate at once, each refilled gradually over its window. */
  static BucketConfiguration configuration(Limit limit) {
    ConfigurationBuilder builder = BucketConfiguration.builder();
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
