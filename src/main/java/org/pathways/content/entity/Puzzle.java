package org.pathways.content.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathways.content.entity.PuzzleProgram.Command;
import org.pathways.content.entity.PuzzleProgram.Condition;
import org.pathways.content.entity.PuzzleProgram.Kind;
import org.pathways.platform.entity.Message;

/**
 * A puzzle step's world and rules: a grid of squares ({@code #} wall, {@code .} open, {@code S} the
 * start, {@code G} the goal, {@code *} a flower to collect on the way), the way the walker faces at
 * the start, the commands and conditions a program may use, its block limit, hints, an optional
 * starting program (a buggy one to debug) and the author's solution, which the platform runs to
 * prove the puzzle solvable and never shows. A program solves the puzzle when its run ends on the
 * goal with every flower collected (with no goal: with every flower collected).
 */
public record Puzzle(
    List<String> grid,
    Facing facing,
    Set<Kind> commands,
    Set<Condition> conditions,
    int maxBlocks,
    List<String> hints,
    Optional<PuzzleProgram> starter,
    PuzzleProgram solution)
    implements StepDetails {

  /** Blocks may not nest deeper than this. */
  public static final int MAX_DEPTH = 4;

  /** A run stops after this many moves, turns and checks (a loop cannot run forever anyway). */
  public static final int MAX_ACTIONS = 1000;

  public static final char WALL = '#';
  public static final char START = 'S';
  public static final char GOAL = 'G';
  public static final char FLOWER = '*';
  public static final char OPEN = '.';

  public Puzzle {
    grid = List.copyOf(grid);
    commands = Set.copyOf(commands);
    conditions = Set.copyOf(conditions);
    hints = List.copyOf(hints);
  }

  /** Where the walker faces; turning left from north faces west. */
  public enum Facing {
    NORTH("north", -1, 0),
    EAST("east", 0, 1),
    SOUTH("south", 1, 0),
    WEST("west", 0, -1);

    private final String word;
    private final int rows;
    private final int columns;

    Facing(String word, int rows, int columns) {
      this.word = word;
      this.rows = rows;
      this.columns = columns;
    }

    public String word() {
      return word;
    }

    public Facing left() {
      return values()[(ordinal() + 3) % 4];
    }

    public Facing right() {
      return values()[(ordinal() + 1) % 4];
    }

    public static Optional<Facing> of(String word) {
      for (Facing facing : values()) {
        if (facing.word.equals(word)) {
          return Optional.of(facing);
        }
      }
      return Optional.empty();
    }
  }

  /** A square of the grid, counted from 0 at the top left. */
  public record Square(int row, int column) {}

  public int rows() {
    return grid.size();
  }

  public int columns() {
    return grid.isEmpty() ? 0 : grid.get(0).length();
  }

  public char at(Square square) {
    if (square.row() < 0
        || square.row() >= rows()
        || square.column() < 0
        || square.column() >= columns()) {
      return WALL;
    }
    return grid.get(square.row()).charAt(square.column());
  }

  public Square start() {
    return squares(START).get(0);
  }

  public Optional<Square> goal() {
    return squares(GOAL).stream().findFirst();
  }

  public List<Square> flowers() {
    return squares(FLOWER);
  }

  /** The squares holding this mark, row by row. */
  public List<Square> squares(char mark) {
    List<Square> found = new ArrayList<>();
    for (int row = 0; row < rows(); row++) {
      for (int column = 0; column < grid.get(row).length(); column++) {
        if (grid.get(row).charAt(column) == mark) {
          found.add(new Square(row, column));
        }
      }
    }
    return found;
  }

  /**
   * What keeps this program from being run against this puzzle, in words: a command or condition
   * the puzzle does not offer, more blocks than its limit, blocks nested too deep, no command at
   * all. Empty when the program may run.
   */
  public List<Message> refusals(PuzzleProgram program) {
    List<Message> refusals = new ArrayList<>();
    if (program.commands().isEmpty()) {
      refusals.add(Message.of("puzzle.program.empty"));
      return refusals;
    }
    for (Kind kind : program.kinds()) {
      if (!commands.contains(kind)) {
        refusals.add(Message.of("puzzle.program.command_not_offered", kind.word()));
      }
    }
    for (Condition condition : program.conditions()) {
      if (!conditions.contains(condition)) {
        refusals.add(Message.of("puzzle.program.condition_not_offered", condition.word()));
      }
    }
    if (program.blocks() > maxBlocks) {
      refusals.add(
          Message.of(
              "puzzle.program.too_many_blocks",
              String.valueOf(program.blocks()),
              String.valueOf(maxBlocks)));
    }
    if (program.depth() > MAX_DEPTH) {
      refusals.add(Message.of("puzzle.program.too_deep", String.valueOf(MAX_DEPTH)));
    }
    return refusals;
  }

  /** Runs the program from the start, move by move, and says whether it solved the puzzle. */
  public PuzzleRun run(PuzzleProgram program) {
    Walker walker = new Walker(this);
    walker.run(program.commands(), List.of());
    return walker.finish();
  }

  /** The run in progress: where the walker is, what it collected, what it did. */
  private static final class Walker {
    private final Puzzle puzzle;
    private final List<PuzzleRun.Step> steps = new ArrayList<>();
    private final Set<Square> collected = new java.util.HashSet<>();
    private Square at;
    private Facing facing;
    private PuzzleRun.Stop stop;

    Walker(Puzzle puzzle) {
      this.puzzle = puzzle;
      this.at = puzzle.start();
      this.facing = puzzle.facing();
      pickUp();
    }

    void run(List<Command> commands, List<Integer> path) {
      for (int i = 0; i < commands.size() && stop == null; i++) {
        List<Integer> here = append(path, i);
        Command command = commands.get(i);
        if (command instanceof PuzzleProgram.Repeat repeat) {
          for (int time = 0; time < repeat.times() && stop == null; time++) {
            run(repeat.body(), here);
          }
        } else if (command instanceof PuzzleProgram.If branch) {
          boolean holds = holds(branch.condition());
          if (act(here, "check:" + branch.condition().word(), holds)) {
            run(holds ? branch.then() : branch.otherwise(), here);
          }
        } else {
          perform(command.kind(), here);
        }
      }
    }

    private void perform(Kind kind, List<Integer> path) {
      switch (kind) {
        case TURN_LEFT -> facing = facing.left();
        case TURN_RIGHT -> facing = facing.right();
        default -> {
          Square next = ahead(facing);
          if (puzzle.at(next) == WALL) {
            act(path, kind.word(), null);
            stop = PuzzleRun.Stop.WALL;
            return;
          }
          at = next;
          pickUp();
        }
      }
      act(path, kind.word(), null);
    }

    /** Records what was done; false (and the run stops) past the limit of actions. */
    private boolean act(List<Integer> path, String action, Boolean result) {
      if (steps.size() >= MAX_ACTIONS) {
        stop = PuzzleRun.Stop.TOO_LONG;
        return false;
      }
      steps.add(
          new PuzzleRun.Step(
              path, action, result, at.row(), at.column(), facing, collected.size()));
      return true;
    }

    private boolean holds(Condition condition) {
      Facing towards =
          switch (condition) {
            case PATH_AHEAD -> facing;
            case PATH_LEFT -> facing.left();
            case PATH_RIGHT -> facing.right();
          };
      return puzzle.at(ahead(towards)) != WALL;
    }

    private Square ahead(Facing towards) {
      return new Square(at.row() + towards.rows, at.column() + towards.columns);
    }

    private void pickUp() {
      if (puzzle.at(at) == FLOWER) {
        collected.add(at);
      }
    }

    PuzzleRun finish() {
      int flowers = puzzle.flowers().size();
      if (stop == null) {
        if (puzzle.goal().isPresent() && !puzzle.goal().get().equals(at)) {
          stop = PuzzleRun.Stop.NOT_AT_GOAL;
        } else if (collected.size() < flowers) {
          stop = PuzzleRun.Stop.FLOWERS_LEFT;
        } else {
          stop = PuzzleRun.Stop.SOLVED;
        }
      }
      return new PuzzleRun(stop == PuzzleRun.Stop.SOLVED, steps, stop, collected.size(), flowers);
    }

    private static List<Integer> append(List<Integer> path, int index) {
      List<Integer> longer = new ArrayList<>(path);
      longer.add(index);
      return List.copyOf(longer);
    }
  }
}
