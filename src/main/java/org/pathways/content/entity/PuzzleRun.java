package org.pathways.content.entity;

import java.util.List;

/**
 * What running a program on a puzzle did, step by step: each move, turn and check with where the
 * walker stood afterwards, why the run stopped, and whether that solved the puzzle.
 */
public record PuzzleRun(
    boolean solved, List<Step> steps, Stop stoppedBecause, int collected, int flowers) {

  public PuzzleRun {
    steps = List.copyOf(steps);
  }

  /** Why a run stopped. */
  public enum Stop {
    /** The program ended on the goal with every flower. */
    SOLVED,
    /** A move would have gone into a wall or off the grid: the walker stayed where it was. */
    WALL,
    /** The program ended somewhere else than the goal. */
    NOT_AT_GOAL,
    /** The program ended on the goal (or with no goal) but some flowers were not collected. */
    FLOWERS_LEFT,
    /** The run went on past {@link Puzzle#MAX_ACTIONS} actions. */
    TOO_LONG
  }

  /**
   * One action: {@code at} is the command's place in the program (indexes, outermost first), {@code
   * action} is {@code move}, {@code turn-left}, {@code turn-right} or {@code check:<condition>}
   * with its {@code result}; then where the walker stands and faces, and the flowers it holds.
   */
  public record Step(
      List<Integer> at,
      String action,
      Boolean result,
      int row,
      int column,
      Puzzle.Facing facing,
      int collected) {
    public Step {
      at = List.copyOf(at);
    }
  }
}
