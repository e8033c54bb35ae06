package org.pathways.content.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.content.entity.Problem;
import org.pathways.platform.entity.Message;
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

  /**
   * @param what what the mapping is, for the problem when it is not one: a file name, or a part of
   *     a sentence ({@code content.problem.part.*})
   */
  /**
   * A whole YAML file that must be a mapping ({@code course.yaml}, {@code module.yaml}): read,
   * parsed and checked, each failure a problem at {@code name}; {@code what} names it in them.
   */
  static Optional<YamlMap> file(
      java.nio.file.Path file, String name, List<Problem> problems, Object what) {
    return TextFile.read(file, name, problems)
        .flatMap(text -> Yaml.parse(text, name, 0, problems))
        .flatMap(node -> of(node, name, 0, problems, what));
  }

  static Optional<YamlMap> of(
      Node node, String file, int lineOffset, List<Problem> problems, Object what) {
    YamlMap map = new YamlMap(file, lineOffset, node, problems);
    if (!(node instanceof MappingNode mapping)) {
      map.problemAt(node, "content.problem.yaml.not_mapping", what);
      return Optional.empty();
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        map.problemAt(tuple.getKeyNode(), "content.problem.yaml.key_not_word");
        continue;
      }
      if (map.entries.putIfAbsent(key.getValue(), tuple) != null) {
        map.problemAt(key, "content.problem.yaml.key_twice", key.getValue());
      }
    }
    return Optional.of(map);
  }

  /** Reports every key that is not allowed here, with the closest allowed key as a suggestion. */
  void allowOnly(Collection<String> allowed) {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        Node at = entry.getValue().getKeyNode();
        String keys = String.join(", ", allowed);
        YamlValues.closest(entry.getKey(), allowed)
            .ifPresentOrElse(
                key ->
                    problemAt(
                        at,
                        "content.problem.yaml.unknown_key_suggested",
                        entry.getKey(),
                        key,
                        keys),
                () -> problemAt(at, "content.problem.yaml.unknown_key", entry.getKey(), keys));
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
    problemAt(value.get(), "content.problem.yaml.not_text", key);
    return Optional.empty();
  }

  Optional<String> requiredText(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      missing(key);
      return Optional.empty();
    }
    if (isNull(tuple.getValueNode())) {
      problemAt(tuple.getKeyNode(), "content.problem.yaml.no_value", key);
      return Optional.empty();
    }
    Optional<String> text = text(key);
    if (text.isPresent() && text.get().isEmpty()) {
      problemAt(tuple.getValueNode(), "content.problem.yaml.empty_value", key);
      return Optional.empty();
    }
    return text;
  }

  Optional<String> requiredText(String key, int maxLength) {
    Optional<String> text = requiredText(key);
    if (text.isPresent() && text.get().length() > maxLength) {
      problemAt(
          entries.get(key).getValueNode(),
          "content.problem.yaml.too_long",
          key,
          String.valueOf(text.get().length()),
          String.valueOf(maxLength));
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

  /**
   * The mappings listed under {@code key}; a missing or empty list is a problem.
   *
   * @param itemName what one item is, a part of a sentence ({@code content.problem.item.*})
   */
  List<YamlMap> requiredList(String key, Message itemName) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      missing(key);
      return List.of();
    }
    if (!(value.get() instanceof SequenceNode sequence)) {
      problemAt(value.get(), "content.problem.yaml.not_list", key);
      return List.of();
    }
    if (sequence.getValue().isEmpty()) {
      problemAt(sequence, "content.problem.yaml.empty_list", key, itemName);
      return List.of();
    }
    List<YamlMap> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      of(item, file, lineOffset, problems, Message.of("content.problem.part.each", itemName))
          .ifPresent(items::add);
    }
    return items;
  }

  /**
   * The value under {@code key} as plain Java (text, lists of values, maps of text to values), for
   * values another reader checks, such as a puzzle's program.
   */
  Optional<Object> plain(String key) {
    return value(key).map(YamlMap::plain);
  }

  /** Adds a problem at the value of {@code key} (or at this mapping), already in a message. */
  void problem(String key, Message message) {
    NodeTuple tuple = entries.get(key);
    problemAt(tuple == null ? node : tuple.getValueNode(), message);
  }

  private static Object plain(Node value) {
    if (value instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    if (value instanceof SequenceNode sequence) {
      List<Object> items = new ArrayList<>();
      sequence.getValue().forEach(item -> items.add(plain(item)));
      return items;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : ((MappingNode) value).getValue()) {
      map.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
    }
    return map;
  }

  /** The mapping under {@code key}, if there is one. */
  Optional<YamlMap> nested(String key) {
    return value(key)
        .flatMap(
            value ->
                of(value, file, lineOffset, problems, Message.of("content.problem.part.key", key)));
  }

  /**
   * Adds a problem (a bundle key and its arguments) at the value of {@code key}, or at this mapping
   * when the key is absent.
   */
  void problem(String key, String sentence, Object... arguments) {
    NodeTuple tuple = entries.get(key);
    problemAt(tuple == null ? node : tuple.getValueNode(), sentence, arguments);
  }

  void problemHere(String sentence, Object... arguments) {
    problemAt(node, sentence, arguments);
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
    problemAt(node, "content.problem.yaml.missing", key);
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

  private void problemAt(Node at, String sentence, Object... arguments) {
    problemAt(at, Message.of(sentence, arguments));
  }

  private void problemAt(Node at, Message message) {
    int line = at.getStartMark().map(mark -> mark.getLine() + 1).orElse(1) + lineOffset;
    int column = at.getStartMark().map(mark -> mark.getColumn() + 1).orElse(1);
    problems.add(new Problem(file, line, column, message));
  }
}
