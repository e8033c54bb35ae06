package org.pathways.platform.control;

import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The buckets of every limit in the data grid, one map per limit ({@value #MAP_PREFIX}name), where
 * Bucket4j keeps each key's state as bytes and updates it by compare-and-swap: no class of ours or
 * of Bucket4j is ever loaded by another member. An entry left alone for its limit's longest window
 * (when its allowance is whole again) is dropped by the grid.
 *
 * <p>Never blocks a person on the grid: every question is asked on a small pool of its own and
 * waited for at most {@link #BOUND}. A question not answered in time, or failed, is answered by the
 * caller's own way (the local bucket); the grid is then left alone for {@link #PAUSE}, so that a
 * grid that stopped answering costs the bound once, not on every request, and is asked again after.
 * Hazelcast's own operation timeouts are far longer (a minute and more), and Bucket4j's request
 * timeout cannot interrupt a call to the map, hence the pool. A call given up on may still reach
 * the grid later and count there: the count then errs on the strict side, by at most the actions
 * whose answer came too late. These waits are real time ({@code System.nanoTime}), not the
 * platform's clock, which only drives the buckets' refill.
 */
final class SharedBuckets implements AutoCloseable {

  static final String MAP_PREFIX = "pathways-limit-";
  static final Duration BOUND = Duration.ofSeconds(2);
  static final Duration PAUSE = Duration.ofSeconds(5);
  static final Duration WARN_EVERY = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(Limiter.class.getName());
  private static final int THREADS = 8;
  private static final int WAITING = 256;

  private final HazelcastInstance member;
  private final TimeMeter time;
  private final ThreadPoolExecutor calls;
  private final Map<String, Held> held = new ConcurrentHashMap<>();
  private final AtomicLong askAgainAt = new AtomicLong(System.nanoTime());
  private final AtomicLong warnedAt = new AtomicLong(System.nanoTime() - WARN_EVERY.toNanos());
  private final AtomicBoolean failing = new AtomicBoolean();

  SharedBuckets(HazelcastInstance member, TimeMeter time, ThreadFactory threads) {
    this.member = member;
    this.time = time;
    this.calls =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING),
            threads,
            new ThreadPoolExecutor.AbortPolicy());
    this.calls.allowCoreThreadTimeOut(true);
  }

  HazelcastInstance member() {
    return member;
  }

  /** Asks the key's bucket in the grid (made whole if it has none), or else {@code otherwise}. */
  <T> T ask(Limit limit, String key, Function<Bucket, T> question, Supplier<T> otherwise) {
    return bounded(() -> question.apply(bucket(limit, key)), otherwise);
  }

  /**
   * Asks the key's bucket only if the grid holds one; {@code none} if not, else {@code otherwise}.
   */
  <T> T askHeld(
      Limit limit, String key, Function<Bucket, T> question, T none, Supplier<T> otherwise) {
    return bounded(
        () -> held(limit).map().containsKey(key) ? question.apply(bucket(limit, key)) : none,
        otherwise);
  }

  private <T> T bounded(Supplier<T> call, Supplier<T> otherwise) {
    if (System.nanoTime() - askAgainAt.get() < 0) {
      return otherwise.get();
    }
    Future<T> answer = null;
    try {
      answer = calls.submit(call::get);
      T answered = answer.get(BOUND.toNanos(), TimeUnit.NANOSECONDS);
      if (failing.compareAndSet(true, false)) {
        LOG.info("The data grid answers again: limits are counted across the platform again.");
      }
      return answered;
    } catch (TimeoutException e) {
      answer.cancel(true);
      return failed("did not answer within " + BOUND.toMillis() + " ms", null, otherwise);
    } catch (ExecutionException e) {
      return failed("failed", e.getCause(), otherwise);
    } catch (RejectedExecutionException e) {
      return failed("has too many questions waiting", null, otherwise);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return otherwise.get();
    }
  }

  private <T> T failed(String what, Throwable cause, Supplier<T> otherwise) {
    failing.set(true);
    long now = System.nanoTime();
    askAgainAt.set(now + PAUSE.toNanos());
    long warned = warnedAt.get();
    if (now - warned >= WARN_EVERY.toNanos() && warnedAt.compareAndSet(warned, now)) {
      LOG.log(
          Level.WARNING,
          "The data grid "
              + what
              + ": limits are counted on this instance alone until it answers (asked again every "
              + PAUSE.toSeconds()
              + " s; this is said at most once a minute)"
              + (cause == null ? "" : ": " + cause),
          cause);
    }
    return otherwise.get();
  }

  private Bucket bucket(Limit limit, String key) {
    return held(limit).buckets().builder().build(key, () -> Limiter.configuration(limit));
  }

  /** A limit's map in the grid and Bucket4j's view of it. */
  private record Held(IMap<String, byte[]> map, ProxyManager<String> buckets) {}

  private Held held(Limit limit) {
    return held.computeIfAbsent(limit.name(), name -> hold(limit));
  }

  /** The limit's map, its idle time set in the grid's configuration before its first use. */
  private Held hold(Limit limit) {
    String name = MAP_PREFIX + limit.name();
    configure(name, limit.longestWindow());
    IMap<String, byte[]> map = member.getMap(name);
    return new Held(
        map,
        Bucket4jHazelcast.casBasedBuilder(map).clientClock(time).requestTimeout(BOUND).build());
  }

  private void configure(String name, Duration idle) {
    int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, idle.toSeconds()));
    try {
      // The same configuration added again (by this or another member) is accepted as it is.
      member.getConfig().addMapConfig(new MapConfig(name).setMaxIdleSeconds(seconds));
    } catch (InvalidConfigurationException conflicting) {
      // Another member set this map with another idle time (its setting differs): that one holds.
      LOG.warning(
          () ->
              "The data grid keeps "
                  + name
                  + " as another member configured it, not with an idle time of "
                  + seconds
                  + " s: are the instances' limits set alike? "
                  + conflicting.getMessage());
    }
  }

  @Override
  public void close() {
    calls.shutdownNow();
  }
}
