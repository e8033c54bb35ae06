package org.pathways.content.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pathways.content.entity.PuzzleProgram;
import org.pathways.content.entity.PuzzleProgram.Command;
import org.pathways.content.entity.PuzzleProgram.Condition;
import org.pathways.content.entity.PuzzleProgram.Kind;
import org.pathways.platform.entity.Message;

/**
 * Reads a puzzle program, from the tree the API and the course files write ({@code ["move",
 * {"repeat": 3, "do": ["move"]}]}) or from the text the step page's form writes (one command a
 * line, the commands of a block indented under it). Every mistake becomes a sentence naming where
 * it is; a program is given only when there is none.
 */
public final class PuzzlePrograms {

  /** Most commands a program may hold in all (what a puzzle allows is far less). */
  public static final int MAX_COMMANDS = 200;

  /** Most times a repeat block may repeat. */
  public static final int MAX_TIMES = 20;

  /** Longest text the page's form may send. */
  public static final int MAX_TEXT = 4000;

  private static final int MAX_NESTING = 10;

  /** A program, or why there is none. */
  public record Parsed(Optional<PuzzleProgram> program, List<Message> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  private final List<Message> problems = new ArrayList<>();
  private int commands;

  private PuzzlePrograms() {}

  /** Reads a program from lists, maps, words and numbers (parsed JSON or YAML). */
  public static Parsed fromTree(Object tree) {
    PuzzlePrograms reader = new PuzzlePrograms();
    if (!(tree instanceof List<?> list)) {
      reader.problems.add(Message.of("puzzle.program.not_list"));
      return reader.result(List.of());
    }
    return reader.result(reader.list(list, "", 0));
  }

  /** Reads a program from the page's text: one command a line, blocks' commands indented. */
  public static Parsed fromText(String text) {
    PuzzlePrograms reader = new PuzzlePrograms();
    if (text == null || text.isBlank()) {
      reader.problems.add(Message.of("puzzle.program.empty"));
      return reader.result(List.of());
    }
    if (text.length() > MAX_TEXT) {
      reader.problems.add(Message.of("puzzle.program.text_too_long", String.valueOf(MAX_TEXT)));
      return reader.result(List.of());
    }
    return reader.result(new TextProgram(reader, text).read());
  }

  private Parsed result(List<Command> read) {
    if (!problems.isEmpty()) {
      return new Parsed(Optional.empty(), problems);
    }
    return new Parsed(Optional.of(new PuzzleProgram(read)), List.of());
  }

  private List<Command> list(List<?> items, String path, int nesting) {
    List<Command> read = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String place = path.isEmpty() ? String.valueOf(i + 1) : path + "." + (i + 1);
      command(items.get(i), place, nesting).ifPresent(read::add);
    }
    return read;
  }

  private Optional<Command> command(Object item, String place, int nesting) {
    if (!counted()) {
      return Optional.empty();
    }
    Message where = Message.of("puzzle.program.command", place);
    if (item instanceof String word) {
      return action(word, where);
    }
    if (!(item instanceof Map<?, ?> block)) {
      problems.add(Message.of("puzzle.program.block_shape", where));
      return Optional.empty();
    }
    if (nesting >= MAX_NESTING) {
      problems.add(Message.of("puzzle.program.nested_too_deep", where));
      return Optional.empty();
    }
    boolean repeat = block.containsKey("repeat");
    boolean branch = block.containsKey("if");
    List<String> allowed = repeat ? List.of("repeat", "do") : List.of("if", "do", "else");
    if (repeat == branch || !allowed.containsAll(keys(block)) || !block.containsKey("do")) {
      problems.add(Message.of("puzzle.program.block_shape", where));
      return Optional.empty();
    }
    List<Command> body = body(block.get("do"), place, nesting, where);
    if (repeat) {
      Optional<Integer> times = times(block.get("repeat"), where);
      return times.isEmpty() || body.isEmpty()
          ? Optional.empty()
          : Optional.of(new PuzzleProgram.Repeat(times.get(), body));
    }
    Optional<Condition> condition = condition(block.get("if"), where);
    List<Command> otherwise =
        block.get("else") == null ? List.of() : body(block.get("else"), place, nesting, where);
    return condition.isEmpty() || body.isEmpty()
        ? Optional.empty()
        : Optional.of(new PuzzleProgram.If(condition.get(), body, otherwise));
  }

  private List<Command> body(Object value, String place, int nesting, Message where) {
    if (!(value instanceof List<?> list)) {
      problems.add(Message.of("puzzle.program.block_shape", where));
      return List.of();
    }
    if (list.isEmpty()) {
      problems.add(Message.of("puzzle.program.empty_block", where));
      return List.of();
    }
    return list(list, place, nesting + 1);
  }

  private boolean counted() {
    commands++;
    if (commands == MAX_COMMANDS + 1) {
      problems.add(Message.of("puzzle.program.too_long", String.valueOf(MAX_COMMANDS)));
    }
    return commands <= MAX_COMMANDS;
  }

  Optional<Command> action(String word, Message where) {
    Optional<Kind> kind = Kind.of(normal(word));
    if (kind.isEmpty() || kind.get() == Kind.REPEAT || kind.get() == Kind.IF) {
      problems.add(Message.of("puzzle.program.unknown", where, word));
      return Optional.empty();
    }
    return Optional.of(new PuzzleProgram.Action(kind.get()));
  }

  Optional<Integer> times(Object value, Message where) {
    Integer times = null;
    if (value instanceof Number number
        && new BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0) {
      times = number.intValue();
    } else if (value instanceof String text && text.strip().matches("\\d{1,3}")) {
      times = Integer.parseInt(text.strip());
    }
    if (times == null || times < 1 || times > MAX_TIMES) {
      problems.add(Message.of("puzzle.program.times", where, String.valueOf(MAX_TIMES)));
      return Optional.empty();
    }
    return Optional.of(times);
  }

  Optional<Condition> condition(Object value, Message where) {
    Optional<Condition> condition =
        value instanceof String word ? Condition.of(normal(word)) : Optional.empty();
    if (condition.isEmpty()) {
      problems.add(Message.of("puzzle.program.condition", where, String.valueOf(value)));
    }
    return condition;
  }

  void problem(Message problem) {
    problems.add(problem);
  }

  boolean countOne() {
    return counted();
  }

  /** "Turn left", "turn_left" and "TURN-LEFT" all mean {@code turn-left}. */
  /**
   * A command, condition or block word as the program means it: lower case, words joined by
   * hyphens, and the Spanish names the Spanish pages show ("Avanzar", "Girar a la izquierda",
   * "Repetir", "Si", "Si no", "hay camino adelante") read as the English ones.
   */
  static String normal(String word) {
    String normal = word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    return SPANISH.getOrDefault(normal, normal);
  }

  private static final Map<String, String> SPANISH =
      Map.ofEntries(
          Map.entry("avanzar", "move"),
          Map.entry("girar-a-la-izquierda", "turn-left"),
          Map.entry("girar-izquierda", "turn-left"),
          Map.entry("girar-a-la-derecha", "turn-right"),
          Map.entry("girar-derecha", "turn-right"),
          Map.entry("repetir", "repeat"),
          Map.entry("si", "if"),
          Map.entry("si-no", "else"),
          Map.entry("sino", "else"),
          Map.entry("hay-camino-adelante", "path-ahead"),
          Map.entry("camino-adelante", "path-ahead"),
          Map.entry("hay-camino-a-la-izquierda", "path-left"),
          Map.entry("camino-a-la-izquierda", "path-left"),
          Map.entry("hay-camino-a-la-derecha", "path-right"),
          Map.entry("camino-a-la-derecha", "path-right"));

  private static List<String> keys(Map<?, ?> block) {
    return block.keySet().stream().map(String::valueOf).toList();
  }
}
