package org.pathways.content.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A program for a puzzle step: a list of commands, some of them blocks holding commands of their
 * own. It is written as the API names it (a command is {@code "move"}, {@code "turn-left"}, {@code
 * "turn-right"}, {@code {repeat: 3, do: [...]}} or {@code {if: "path-ahead", do: [...], else:
 * [...]}}); {@code control/PuzzlePrograms} reads it from JSON, YAML or the page's text.
 */
public record PuzzleProgram(List<Command> commands) {

  public PuzzleProgram {
    commands = List.copyOf(commands);
  }

  /** What a command is, as authors and the API name it. */
  public enum Kind {
    MOVE("move"),
    TURN_LEFT("turn-left"),
    TURN_RIGHT("turn-right"),
    REPEAT("repeat"),
    IF("if");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    public static Optional<Kind> of(String word) {
      for (Kind kind : values()) {
        if (kind.word.equals(word)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** What an {@code if} can ask about the square ahead of, left of or right of the walker. */
  public enum Condition {
    PATH_AHEAD("path-ahead"),
    PATH_LEFT("path-left"),
    PATH_RIGHT("path-right");

    private final String word;

    Condition(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    public static Optional<Condition> of(String word) {
      for (Condition condition : values()) {
        if (condition.word.equals(word)) {
          return Optional.of(condition);
        }
      }
      return Optional.empty();
    }
  }

  /** One command of a program. */
  public sealed interface Command {
    Kind kind();

    /** This command and every command inside it: what a block limit counts. */
    int blocks();

    /** How many blocks deep this command reaches (a plain command is 1). */
    int depth();

    /** The command as the API writes it: a word, or a map for a block. */
    Object tree();
  }

  /** Move one square forward, turn left, or turn right. */
  public record Action(Kind kind) implements Command {
    public Action {
      if (kind == Kind.REPEAT || kind == Kind.IF) {
        throw new IllegalArgumentException(kind + " is a block");
      }
    }

    @Override
    public int blocks() {
      return 1;
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public Object tree() {
      return kind.word();
    }
  }

  /** Do the commands inside {@code times} times. */
  public record Repeat(int times, List<Command> body) implements Command {
    public Repeat {
      body = List.copyOf(body);
    }

    @Override
    public Kind kind() {
      return Kind.REPEAT;
    }

    @Override
    public int blocks() {
      return 1 + count(body);
    }

    @Override
    public int depth() {
      return 1 + deepest(body);
    }

    @Override
    public Object tree() {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("repeat", times);
      tree.put("do", trees(body));
      return tree;
    }
  }

  /** Do the first commands when the condition holds, the others ({@code else}) when not. */
  public record If(Condition condition, List<Command> then, List<Command> otherwise)
      implements Command {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }

    @Override
    public Kind kind() {
      return Kind.IF;
    }

    @Override
    public int blocks() {
      return 1 + count(then) + count(otherwise);
    }

    @Override
    public int depth() {
      return 1 + Math.max(deepest(then), deepest(otherwise));
    }

    @Override
    public Object tree() {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("if", condition.word());
      tree.put("do", trees(then));
      if (!otherwise.isEmpty()) {
        tree.put("else", trees(otherwise));
      }
      return tree;
    }
  }

  /** Every command, blocks and what they hold: what a puzzle's block limit counts. */
  public int blocks() {
    return count(commands);
  }

  /** How deep the blocks go (0 for an empty program). */
  public int depth() {
    return deepest(commands);
  }

  /** The program as the API writes it. */
  public List<Object> tree() {
    return trees(commands);
  }

  /** The program as the page's text writes it: one command a line, two spaces per block. */
  public String text() {
    StringBuilder text = new StringBuilder();
    write(commands, 0, text);
    return text.toString();
  }

  /** The kinds of command the program uses, blocks included. */
  public java.util.Set<Kind> kinds() {
    java.util.Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
    collect(commands, kinds, null);
    return kinds;
  }

  /** The conditions its {@code if}s ask about. */
  public java.util.Set<Condition> conditions() {
    java.util.Set<Condition> conditions = java.util.EnumSet.noneOf(Condition.class);
    collect(commands, java.util.EnumSet.noneOf(Kind.class), conditions);
    return conditions;
  }

  private static void collect(
      List<Command> commands, java.util.Set<Kind> kinds, java.util.Set<Condition> conditions) {
    for (Command command : commands) {
      kinds.add(command.kind());
      if (command instanceof Repeat repeat) {
        collect(repeat.body(), kinds, conditions);
      } else if (command instanceof If branch) {
        if (conditions != null) {
          conditions.add(branch.condition());
        }
        collect(branch.then(), kinds, conditions);
        collect(branch.otherwise(), kinds, conditions);
      }
    }
  }

  private static void write(List<Command> commands, int indent, StringBuilder text) {
    String pad = "  ".repeat(indent);
    for (Command command : commands) {
      if (command instanceof Repeat repeat) {
        text.append(pad).append("repeat ").append(repeat.times()).append('\n');
        write(repeat.body(), indent + 1, text);
      } else if (command instanceof If branch) {
        text.append(pad).append("if ").append(branch.condition().word()).append('\n');
        write(branch.then(), indent + 1, text);
        if (!branch.otherwise().isEmpty()) {
          text.append(pad).append("else\n");
          write(branch.otherwise(), indent + 1, text);
        }
      } else {
        text.append(pad).append(command.kind().word()).append('\n');
      }
    }
  }

  static int count(List<Command> commands) {
    return commands.stream().mapToInt(Command::blocks).sum();
  }

  static int deepest(List<Command> commands) {
    return commands.stream().mapToInt(Command::depth).max().orElse(0);
  }

  static List<Object> trees(List<Command> commands) {
    List<Object> trees = new ArrayList<>();
    commands.forEach(command -> trees.add(command.tree()));
    return trees;
  }

  @Override
  public String toString() {
    return text().strip().replace('\n', ';').toLowerCase(Locale.ROOT);
  }
}
