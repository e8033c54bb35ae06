package org.pathways.platform.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit under a name: for each key (an account, an address, an email), at most {@code count}
 * actions per window, for every rate at once. Written in settings as {@code 6/1m,60/1h}: six a
 * minute and sixty an hour (units s, m, h, d). The allowance comes back gradually over each window.
 */
public record Limit(String name, List<Rate> rates) {

  private static final Pattern RATE = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,6})\\s*([smhd])");

  /** At most {@code count} per {@code per}. */
  public record Rate(long count, Duration per) {
    public Rate {
      if (count < 1 || per.isZero() || per.isNegative()) {
        throw new IllegalArgumentException("A rate needs a count and a window above zero.");
      }
    }
  }

  public Limit {
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("A limit needs at least one rate.");
    }
    rates = List.copyOf(rates);
  }

  /**
   * Reads a limit as settings write it ({@code 10/15m}, {@code 6/1m,60/1h}).
   *
   * @throws IllegalArgumentException with a sentence saying what is wrong
   */
  public static Limit parse(String name, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("The limit " + name + " is empty.");
    }
    List<Rate> rates = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      Matcher rate = RATE.matcher(part.strip().toLowerCase(Locale.ROOT));
      if (!rate.matches()) {
        throw new IllegalArgumentException(
            "The limit "
                + name
                + " has \""
                + LogText.safe(part.strip())
                + "\": write it as a count, a slash and a window, such as 10/15m or 6/1m,60/1h.");
      }
      long count = Long.parseLong(rate.group(1));
      long amount = Long.parseLong(rate.group(2));
      if (count < 1 || amount < 1) {
        throw new IllegalArgumentException(
            "The limit "
                + name
                + " has \""
                + part.strip()
                + "\": the count and the window must be above zero.");
      }
      Duration per =
          switch (rate.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          };
      rates.add(new Rate(count, per));
    }
    return new Limit(name, rates);
  }

  /** After this long without use, a key's allowance is whole again. */
  public Duration longestWindow() {
    return rates.stream().map(Rate::per).max(Duration::compareTo).orElseThrow();
  }
}
