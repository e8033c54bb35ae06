package org.pathways.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times and statuses per population of simulated users (and per phase of the run), for the
 * figures Gatling's report cannot give: one line per population with all its requests together.
 * Recorded by checks every request of the population runs, printed at the end.
 */
final class PopulationFigures {

  private static final class Figures {
    final List<Integer> millis = new ArrayList<>();
    final Map<Integer, Integer> statuses = new LinkedHashMap<>();
    final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong last = new AtomicLong();
  }

  private final Map<String, Figures> populations = new LinkedHashMap<>();

  /** Makes the populations' lines appear in this order. */
  PopulationFigures(String... names) {
    for (String name : names) {
      populations.put(name, new Figures());
    }
  }

  synchronized void responseTime(String population, int millis) {
    Figures figures = populations.computeIfAbsent(population, name -> new Figures());
    figures.millis.add(millis);
    long now = System.nanoTime();
    figures.first.accumulateAndGet(now, Math::min);
    figures.last.accumulateAndGet(now, Math::max);
  }

  synchronized void status(String population, int status) {
    populations
        .computeIfAbsent(population, name -> new Figures())
        .statuses
        .merge(status, 1, Integer::sum);
  }

  /** The table: count, requests per second over the population's time, percentiles, statuses. */
  synchronized String table() {
    StringBuilder table = new StringBuilder(System.lineSeparator());
    table.append("---- Populations, response times in ms ----").append(System.lineSeparator());
    int width = populations.keySet().stream().mapToInt(String::length).max().orElse(10);
    table.append(String.format("%-" + width + "s", "population"));
    for (String column : new String[] {"count", "req/s", "mean", "p50", "p95", "p99", "max"}) {
      table.append(String.format(" %8s", column));
    }
    table.append("  statuses").append(System.lineSeparator());
    populations.forEach(
        (name, figures) -> {
          List<Integer> sorted = new ArrayList<>(figures.millis);
          Collections.sort(sorted);
          table.append(String.format("%-" + width + "s", name));
          if (sorted.isEmpty()) {
            table.append(String.format(" %8d", 0)).append(System.lineSeparator());
            return;
          }
          double seconds = Math.max(1e-9, (figures.last.get() - figures.first.get()) / 1e9);
          table
              .append(String.format(" %8d", sorted.size()))
              .append(String.format(" %8.1f", sorted.size() / Math.max(1.0, seconds)))
              .append(
                  String.format(
                      " %8d",
                      Math.round(sorted.stream().mapToInt(Integer::intValue).average().orElse(0))))
              .append(String.format(" %8d", percentile(sorted, 50)))
              .append(String.format(" %8d", percentile(sorted, 95)))
              .append(String.format(" %8d", percentile(sorted, 99)))
              .append(String.format(" %8d", sorted.get(sorted.size() - 1)))
              .append("  ")
              .append(figures.statuses)
              .append(System.lineSeparator());
        });
    return table.toString();
  }

  /** The nearest-rank percentile of sorted values. */
  static int percentile(List<Integer> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
