package org.pathways.content.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            YamlValues.closest(entry.getKey(), allowed)
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
    return text(key).flatMap(value -> reported(key, YamlValues.integer(key, value, min, max)));
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
    return text(key).flatMap(value -> reported(key, YamlValues.decimal(key, value, min, max)));
  }

  Optional<Boolean> bool(String key) {
    return text(key).flatMap(value -> reported(key, YamlValues.bool(key, value)));
  }

  <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
    return text(key).flatMap(value -> reported(key, YamlValues.choice(key, value, type)));
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

  /** The parsed value, or its problem reported at the key's value. */
  private <T> Optional<T> reported(String key, YamlValues.Parsed<T> parsed) {
    if (parsed.problem() != null) {
      problemAt(entries.get(key).getValueNode(), parsed.problem());
    }
    return Optional.ofNullable(parsed.value());
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
}
