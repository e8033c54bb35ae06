package org.pathways.content.control;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pathways.platform.entity.Message;

/**
 * The rules for one value of a YAML key: a whole number in range, a number in range, true or false,
 * one of an enum's names; and "did you mean" for an unknown key. Each answers the value or the
 * sentence the author reads (a bundle key and its arguments) ({@link YamlMap} puts it at the
 * value's line and column).
 */
final class YamlValues {

  /** A value, or the problem with it. */
  record Parsed<T>(T value, Message problem) {
    static <T> Parsed<T> ok(T value) {
      return new Parsed<>(value, null);
    }

    static <T> Parsed<T> wrong(String key, Object... arguments) {
      return new Parsed<>(null, Message.of(key, arguments));
    }
  }

  private YamlValues() {}

  static Parsed<Integer> integer(String key, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        return Parsed.wrong(
            "content.problem.value.out_of_range",
            key,
            String.valueOf(min),
            String.valueOf(max),
            String.valueOf(number));
      }
      return Parsed.ok(number);
    } catch (NumberFormatException e) {
      return Parsed.wrong("content.problem.value.not_whole_number", key, value);
    }
  }

  static Parsed<BigDecimal> decimal(String key, String value, BigDecimal min, BigDecimal max) {
    try {
      BigDecimal number = new BigDecimal(value);
      if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
        return Parsed.wrong(
            "content.problem.value.out_of_range",
            key,
            String.valueOf(min),
            String.valueOf(max),
            value);
      }
      return Parsed.ok(number);
    } catch (NumberFormatException e) {
      return Parsed.wrong("content.problem.value.not_number", key, value);
    }
  }

  static Parsed<Boolean> bool(String key, String value) {
    return switch (value) {
      case "true" -> Parsed.ok(true);
      case "false" -> Parsed.ok(false);
      default -> Parsed.wrong("content.problem.value.not_boolean", key, value);
    };
  }

  static <E extends Enum<E>> Parsed<E> choice(String key, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return Parsed.ok(constant);
      }
    }
    return Parsed.wrong(
        "content.problem.value.not_choice",
        key,
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
        value);
  }

  /** The allowed key closest to an unknown one, when it is close enough to be a typo. */
  static Optional<String> closest(String unknown, Collection<String> allowed) {
    String lower = unknown.toLowerCase(Locale.ROOT);
    return allowed.stream()
        .min(Comparator.comparingInt(key -> distance(lower, key.toLowerCase(Locale.ROOT))))
        .filter(
            key -> distance(lower, key.toLowerCase(Locale.ROOT)) <= Math.max(2, key.length() / 3));
  }

  /** Levenshtein distance, for "did you mean" suggestions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
