package org.pathways.content.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pathways.content.entity.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read key by key. Every getter that finds something wrong (a missing key, text
 * where a number belongs, a value outside its range) adds a problem at the right line and column
 * and answers empty, so that one pass reports everything.
 */
final class YamlMap {

  private final String file;
  private final int lineOffset;
  private final Node node;
  private final List<Problem> problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(String file, int lineOffset, Node node, List<Problem> problems) {
    this.file = file;
    this.lineOffset = lineOffset;
    this.node = node;
    this.problems = problems;
  }

  static Optional<YamlMap> of(
      Node node, String file, int lineOffset, List<Problem> problems, String what) {
    YamlMap map = new YamlMap(file, lineOffset, node, problems);
    if (!(node instanceof MappingNode mapping)) {
      map.problemAt(node, what + " must be a list of \"key: value\" lines");
      return Optional.empty();
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        map.problemAt(tuple.getKeyNode(), "a key must be a plain word such as \"title\"");
        continue;
      }
      if (map.entries.putIfAbsent(key.getValue(), tuple) != null) {
        map.problemAt(key, "the key \"" + key.getValue() + "\" appears twice; keep one");
      }
    }
    return Optional.of(map);
  }

  /** Reports every key that is not allowed here, with the closest allowed key as a suggestion. */
  void allowOnly(Collection<String> allowed) {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        String suggestion =
            closest(entry.getKey(), allowed)
                .map(key -> " Did you mean \"" + key + "\"?")
                .orElse("");
        problemAt(
            entry.getValue().getKeyNode(),
            "unknown key \""
                + entry.getKey()
                + "\"."
                + suggestion
                + " Keys allowed here: "
                + String.join(", ", allowed)
                + ".");
      }
    }
  }

  boolean has(String key) {
    return value(key).isPresent();
  }

  Optional<String> text(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    problemAt(value.get(), "\"" + key + "\" must be text, not a list or a mapping");
    return Optional.empty();
  }

  Optional<String> requiredText(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      missing(key);
      return Optional.empty();
    }
    if (isNull(tuple.getValueNode())) {
      problemAt(tuple.getKeyNode(), "\"" + key + "\" has no value");
      return Optional.empty();
    }
    Optional<String> text = text(key);
    if (text.isPresent() && text.get().isEmpty()) {
      problemAt(tuple.getValueNode(), "\"" + key + "\" is empty");
      return Optional.empty();
    }
    return text;
  }

  Optional<String> requiredText(String key, int maxLength) {
    Optional<String> text = requiredText(key);
    if (text.isPresent() && text.get().length() > maxLength) {
      problemAt(
          entries.get(key).getValueNode(),
          "\"" + key + "\" is " + text.get().length() + " characters; at most " + maxLength);
    }
    return text;
  }

  Optional<Integer> integer(String key, int min, int max) {
    return text(key)
        .flatMap(
            value -> {
              try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                  problemAt(
                      entries.get(key).getValueNode(),
                      "\"" + key + "\" must be from " + min + " to " + max + ", not " + number);
                  return Optional.empty();
                }
                return Optional.of(number);
              } catch (NumberFormatException e) {
                problemAt(
                    entries.get(key).getValueNode(),
                    "\"" + key + "\" must be a whole number, not \"" + value + "\"");
                return Optional.empty();
              }
            });
  }

  Optional<Integer> requiredInteger(String key, int min, int max) {
    if (!entries.containsKey(key)) {
      missing(key);
      return Optional.empty();
    }
    return integer(key, min, max);
  }

  Optional<BigDecimal> requiredDecimal(String key, BigDecimal min, BigDecimal max) {
    if (!entries.containsKey(key)) {
      missing(key);
      return Optional.empty();
    }
    return text(key)
        .flatMap(
            value -> {
              try {
                BigDecimal number = new BigDecimal(value);
                if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                  problemAt(
                      entries.get(key).getValueNode(),
                      "\"" + key + "\" must be from " + min + " to " + max + ", not " + value);
                  return Optional.empty();
                }
                return Optional.of(number);
              } catch (NumberFormatException e) {
                problemAt(
                    entries.get(key).getValueNode(),
                    "\"" + key + "\" must be a number, not \"" + value + "\"");
                return Optional.empty();
              }
            });
  }

  Optional<Boolean> bool(String key) {
    return text(key)
        .flatMap(
            value -> {
              switch (value) {
                case "true":
                  return Optional.of(true);
                case "false":
                  return Optional.of(false);
                default:
                  problemAt(
                      entries.get(key).getValueNode(),
                      "\"" + key + "\" must be true or false, not \"" + value + "\"");
                  return Optional.empty();
              }
            });
  }

  <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
    return text(key)
        .flatMap(
            value -> {
              for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                  return Optional.of(constant);
                }
              }
              problemAt(
                  entries.get(key).getValueNode(),
                  "\""
                      + key
                      + "\" must be one of "
                      + Arrays.stream(type.getEnumConstants())
                          .map(Enum::name)
                          .collect(Collectors.joining(", "))
                      + ", not \""
                      + value
                      + "\"");
              return Optional.empty();
            });
  }

  <E extends Enum<E>> Optional<E> requiredChoice(String key, Class<E> type) {
    if (!entries.containsKey(key)) {
      missing(key);
      return Optional.empty();
    }
    return choice(key, type);
  }

  /** The mappings listed under {@code key}; a missing or empty list is a problem. */
  List<YamlMap> requiredList(String key, String itemName) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      missing(key);
      return List.of();
    }
    if (!(value.get() instanceof SequenceNode sequence)) {
      problemAt(value.get(), "\"" + key + "\" must be a list, each item starting with \"- \"");
      return List.of();
    }
    if (sequence.getValue().isEmpty()) {
      problemAt(sequence, "\"" + key + "\" is empty; it needs at least one " + itemName);
      return List.of();
    }
    List<YamlMap> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      of(item, file, lineOffset, problems, "each " + itemName).ifPresent(items::add);
    }
    return items;
  }

  /** The mapping under {@code key}, if there is one. */
  Optional<YamlMap> nested(String key) {
    return value(key).flatMap(value -> of(value, file, lineOffset, problems, "\"" + key + "\""));
  }

  /** Adds a problem at the value of {@code key}, or at this mapping when the key is absent. */
  void problem(String key, String message) {
    NodeTuple tuple = entries.get(key);
    problemAt(tuple == null ? node : tuple.getValueNode(), message);
  }

  void problemHere(String message) {
    problemAt(node, message);
  }

  String file() {
    return file;
  }

  private void missing(String key) {
    problemAt(node, "missing \"" + key + "\"");
  }

  private Optional<Node> value(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    return Optional.of(tuple.getValueNode());
  }

  private static boolean isNull(Node value) {
    return value instanceof ScalarNode scalar
        && scalar.isPlain()
        && List.of("", "~", "null", "Null", "NULL").contains(scalar.getValue());
  }

  private void problemAt(Node at, String message) {
    int line = at.getStartMark().map(mark -> mark.getLine() + 1).orElse(1) + lineOffset;
    int column = at.getStartMark().map(mark -> mark.getColumn() + 1).orElse(1);
    problems.add(new Problem(file, line, column, message));
  }

  private static Optional<String> closest(String unknown, Collection<String> allowed) {
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
