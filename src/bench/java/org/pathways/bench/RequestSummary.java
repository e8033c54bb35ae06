package org.pathways.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The per-request table at the end of a run. Gatling 3.13's own end-of-run summary on the console
 * covers all requests together; its per-request numbers are only in the HTML report. This reads
 * them from the report's {@code js/stats.js} when the Gatling process exits (after the report is
 * written) and prints one line per kind of request: the same numbers as the report's table.
 */
final class RequestSummary {

  private static final Pattern STATS_NAME =
      Pattern.compile("stats: \\{\\s*\"name\": \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final String[] COLUMNS = {
    "count", "OK", "KO", "mean", "p50", "p75", "p95", "p99", "max", "req/s"
  };

  private RequestSummary() {}

  /** Prints the table of the first report written under {@code results} from now on, at exit. */
  static void printAtExit(String simulationPrefix) {
    Path results = Path.of(System.getProperty("bench.results", "target/gatling"));
    long since = System.currentTimeMillis();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () ->
                    latestReport(results, simulationPrefix, since).ifPresent(RequestSummary::print),
                "request-summary"));
  }

  private static Optional<Path> latestReport(Path results, String prefix, long since) {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(run -> run.getFileName().toString().startsWith(prefix))
          .map(run -> run.resolve("js/stats.js"))
          .filter(stats -> Files.isRegularFile(stats) && modified(stats) >= since)
          .max(Comparator.comparingLong(RequestSummary::modified));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void print(Path statsFile) {
    String stats;
    try {
      stats = Files.readString(statsFile);
    } catch (IOException e) {
      System.out.println("No per-request summary: " + statsFile + " cannot be read (" + e + ")");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    Matcher names = STATS_NAME.matcher(stats);
    List<Integer> starts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    while (names.find()) {
      starts.add(names.end());
      labels.add(names.group(1).replaceAll("\\\\(.)", "$1"));
    }
    for (int i = 0; i < starts.size(); i++) {
      String block =
          stats.substring(
              starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : stats.length());
      rows.add(
          new String[] {
            i == 0 ? "All requests" : labels.get(i),
            value(block, "numberOfRequests", "total"),
            value(block, "numberOfRequests", "ok"),
            value(block, "numberOfRequests", "ko"),
            value(block, "meanResponseTime", "total"),
            value(block, "percentiles1", "total"),
            value(block, "percentiles2", "total"),
            value(block, "percentiles3", "total"),
            value(block, "percentiles4", "total"),
            value(block, "maxResponseTime", "total"),
            value(block, "meanNumberOfRequestsPerSecond", "total")
          });
    }
    if (rows.isEmpty()) {
      return;
    }
    int width = "All requests".length();
    for (String[] row : rows) {
      width = Math.max(width, row[0].length());
    }
    StringBuilder table = new StringBuilder();
    table
        .append(System.lineSeparator())
        .append("---- Requests, response times in ms (OK and KO together, as in the report) ----")
        .append(System.lineSeparator())
        .append(String.format("%-" + width + "s", "request"));
    for (String column : COLUMNS) {
      table.append(String.format(" %8s", column));
    }
    table.append(System.lineSeparator());
    for (String[] row : rows) {
      table.append(String.format("%-" + width + "s", row[0]));
      for (int c = 1; c < row.length; c++) {
        table.append(String.format(" %8s", row[c]));
      }
      table.append(System.lineSeparator());
    }
    table
        .append("(percentiles as set in gatling.conf; report: ")
        .append(statsFile.getParent().getParent().resolve("index.html"))
        .append(')')
        .append(System.lineSeparator());
    System.out.print(table);
    System.out.flush();
  }

  /** The value of {@code "metric": {..., "column": "value"}} in one block of stats.js. */
  private static String value(String block, String metric, String column) {
    Matcher matcher =
        Pattern.compile("\"" + metric + "\": \\{[^}]*?\"" + column + "\": \"([^\"]*)\"")
            .matcher(block);
    return matcher.find() ? matcher.group(1) : "-";
  }
}
