package org.pathways.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A read-through cache that never keeps what an invalidation overtook: a read that began before
 * {@link #forget} or {@link #forgetIf} answers its caller but is not kept, so the old value cannot
 * come back after the change. Entries live at most {@code life} (the bound for changes this
 * instance is never told of).
 *
 * <p>How: {@link #forget} leaves a marker (compared by identity) that a read may replace only if it
 * is still the one the read saw; {@link #forgetIf} advances a generation that every read checks
 * before it keeps its value.
 */
public final class FreshCache<K, V> {

  private sealed interface Entry<V> permits Kept, Gone {}

  private record Kept<V>(V value) implements Entry<V> {}

  /** A forgotten key; identity equality, so that each {@link #forget} is a new marker. */
  private static final class Gone<V> implements Entry<V> {}

  private final Cache<K, Entry<V>> entries;
  private final AtomicLong generation = new AtomicLong();

  public FreshCache(Duration life, long maximumSize) {
    entries = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(life).build();
  }

  /** The key's value from memory, if kept. */
  public Optional<V> known(K key) {
    return entries.getIfPresent(key) instanceof Kept<V> kept
        ? Optional.of(kept.value())
        : Optional.empty();
  }

  /** The key's value from memory, else from {@code read} (kept unless a change overtook it). */
  public Optional<V> get(K key, Supplier<Optional<V>> read) {
    Entry<V> seen = entries.getIfPresent(key);
    if (seen instanceof Kept<V> kept) {
      return Optional.of(kept.value());
    }
    long before = generation.get();
    Optional<V> found = read.get();
    found.ifPresent(
        value ->
            entries
                .asMap()
                .compute(
                    key,
                    (k, now) ->
                        now == seen && generation.get() == before ? new Kept<>(value) : now));
    return found;
  }

  /**
   * Keeps a value read where it cannot be stale (under a lock, at commit), unless {@code newer}
   * prefers the one kept already; replaces a forgotten marker.
   */
  public void offer(K key, V value, BinaryOperator<V> newer) {
    entries
        .asMap()
        .compute(
            key,
            (k, now) ->
                now instanceof Kept<V> kept
                    ? new Kept<>(newer.apply(kept.value(), value))
                    : new Kept<>(value));
  }

  /** The key changed: forget it, and keep no read of it that began before now. */
  public void forget(K key) {
    entries.put(key, new Gone<>());
  }

  /** Every key that {@code which} selects changed (rare: a scan). */
  public void forgetIf(Predicate<K> which) {
    generation.incrementAndGet();
    entries.asMap().keySet().removeIf(which);
  }

  /**
   * Every kept value that {@code which} selects changed (rare: a scan), and no read that began
   * before now is kept.
   */
  public void forgetValues(Predicate<V> which) {
    generation.incrementAndGet();
    entries
        .asMap()
        .values()
        .removeIf(entry -> entry instanceof Kept<V> kept && which.test(kept.value()));
  }

  /** Forgets everything, for instance when what every entry came from was replaced. */
  public void clear() {
    generation.incrementAndGet();
    entries.invalidateAll();
  }
}
