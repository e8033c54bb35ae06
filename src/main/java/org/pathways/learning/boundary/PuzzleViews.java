package org.pathways.learning.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pathways.content.control.PuzzlePrograms;
import org.pathways.content.entity.Puzzle;
import org.pathways.content.entity.PuzzleRun;

/** The API's views of a puzzle step (never its solution) and of a program's run. */
public final class PuzzleViews {

  private PuzzleViews() {}

  public record SquareView(int row, int column) {
    static SquareView of(Puzzle.Square square) {
      return new SquareView(square.row(), square.column());
    }
  }

  /**
   * A puzzle as a client needs it to draw it and build a program: the grid rows ({@code #} wall,
   * {@code .} open, {@code S} start, {@code G} goal, {@code *} flower), the same places spelled
   * out, the commands and conditions it offers, its limits and hints, and the starting program.
   */
  public record PuzzleView(
      List<String> grid,
      int rows,
      int columns,
      SquareView start,
      String facing,
      SquareView goal,
      List<SquareView> flowers,
      List<String> commands,
      List<String> conditions,
      int maxBlocks,
      int maxDepth,
      int maxTimes,
      int maxActions,
      List<String> hints,
      @Schema(
              type = SchemaType.ARRAY,
              implementation = Object.class,
              description = "The program the puzzle starts from, as PUT .../completion takes one")
          List<Object> starter) {

    static PuzzleView of(Puzzle puzzle) {
      return new PuzzleView(
          puzzle.grid(),
          puzzle.rows(),
          puzzle.columns(),
          SquareView.of(puzzle.start()),
          puzzle.facing().word(),
          puzzle.goal().map(SquareView::of).orElse(null),
          puzzle.flowers().stream().map(SquareView::of).toList(),
          puzzle.commands().stream().sorted().map(kind -> kind.word()).toList(),
          puzzle.conditions().stream().sorted().map(condition -> condition.word()).toList(),
          puzzle.maxBlocks(),
          Puzzle.MAX_DEPTH,
          PuzzlePrograms.MAX_TIMES,
          Puzzle.MAX_ACTIONS,
          puzzle.hints(),
          puzzle.starter().map(program -> program.tree()).orElse(null));
    }
  }

  /** One action of a run: where in the program, what, the answer of a check, and where after. */
  public record RunStepView(
      List<Integer> at,
      String action,
      Boolean result,
      int row,
      int column,
      String facing,
      int collected) {}

  static List<RunStepView> steps(PuzzleRun run) {
    return run.steps().stream()
        .map(
            step ->
                new RunStepView(
                    step.at(),
                    step.action(),
                    step.result(),
                    step.row(),
                    step.column(),
                    step.facing().word(),
                    step.collected()))
        .toList();
  }

  /** The 422 problem of a program that runs but does not solve the puzzle, with its run. */
  public record PuzzleProblem(
      String type,
      String title,
      int status,
      String detail,
      boolean solved,
      List<RunStepView> steps,
      String stoppedBecause,
      int collected,
      int flowers) {}
}
