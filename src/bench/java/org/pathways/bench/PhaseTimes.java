package org.pathways.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Response times per phase of a run, recorded by a check on every response, so that a phase's
 * throughput and percentiles cover all its requests together (Gatling's own table has them per
 * request, and its rates over the whole run).
 */
final class PhaseTimes {

  private static final int MAX_MS = 60_000;
  private static final Map<String, PhaseTimes> PHASES = new ConcurrentHashMap<>();

  private final AtomicLongArray counts = new AtomicLongArray(MAX_MS + 1);
  private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong last = new AtomicLong();

  static PhaseTimes of(String phase) {
    return PHASES.computeIfAbsent(phase, name -> new PhaseTimes());
  }

  Integer record(Integer millis) {
    counts.incrementAndGet(Math.max(0, Math.min(MAX_MS, millis)));
    long now = System.nanoTime();
    first.accumulateAndGet(now, Math::min);
    last.accumulateAndGet(now, Math::max);
    return millis;
  }

  long count() {
    long total = 0;
    for (int i = 0; i <= MAX_MS; i++) {
      total += counts.get(i);
    }
    return total;
  }

  /** Responses per second between the phase's first and last response. */
  double perSecond() {
    long total = count();
    double seconds = (last.get() - first.get()) / 1e9;
    return total < 2 || seconds <= 0 ? 0 : total / seconds;
  }

  /** The response time (ms) that {@code percent} of responses did not exceed. */
  int percentile(double percent) {
    long total = count();
    long wanted = (long) Math.ceil(total * percent / 100);
    long seen = 0;
    for (int i = 0; i <= MAX_MS; i++) {
      seen += counts.get(i);
      if (seen >= wanted && seen > 0) {
        return i;
      }
    }
    return MAX_MS;
  }
}
