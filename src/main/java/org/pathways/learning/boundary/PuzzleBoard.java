package org.pathways.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.pathways.content.control.PuzzlePrograms;
import org.pathways.content.entity.Puzzle;
import org.pathways.content.entity.PuzzleRun;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;

/**
 * The puzzle inside the step player ({@code #{puzzleBoard}}): the grid as a table, the program (the
 * teacher's latest, else the puzzle's starting one) in a text box, and "Check my program", which
 * the server runs and answers with the run move by move. The page's script adds the command buttons
 * and a run on the page itself, step by step, that works without the network.
 */
@Named
@RequestScoped
public class PuzzleBoard {

  /** A square of the grid as the page shows it: its mark and what it is, in words. */
  public record Cell(char mark, String css, String words) {}

  @Inject OpenedStep opened;
  @Inject PuzzleSolving solving;
  @Inject CurrentCaller current;

  private Learner learner;
  private Step step;
  private Puzzle puzzle;
  private String program;
  private PuzzleRun run;
  private List<List<Cell>> rows;

  @PostConstruct
  void load() {
    String course = Pages.param("course");
    String key = Pages.param("step");
    if (course == null || key == null) {
      return;
    }
    try {
      learner = opened.learner(course, key);
    } catch (Refusal refusal) {
      return; // the step player answers it
    }
    step = learner.progress().course().step(key).orElse(null);
    if (step == null
        || step.kind() != StepKind.PUZZLE
        || learner
            .progress()
            .moduleOf(key)
            .map(CourseProgress.ModuleProgress::locked)
            .orElse(true)) {
      step = null;
      return;
    }
    puzzle = step.details(Puzzle.class);
    program =
        solving
            .latest(learner.enrollment().getId(), step.key())
            .orElseGet(() -> puzzle.starter().map(p -> p.text()).orElse(""));
  }

  /** "Check my program": the server runs it; solving it completes the step. */
  public String check() {
    if (puzzle == null) {
      return null;
    }
    PuzzlePrograms.Parsed parsed = PuzzlePrograms.fromText(program);
    if (parsed.program().isEmpty()) {
      parsed
          .problems()
          .forEach(problem -> Pages.errorText("puzzle:program", Pages.format(problem)));
      return null;
    }
    try {
      PuzzleSolving.Solving solved =
          solving.solve(
              current.get(), learner.enrollment().getId(), step.key(), parsed.program().get());
      run = solved.run();
      if (solved.completion() != null && solved.completion().courseCompleted()) {
        Pages.info("learning.puzzle.solved");
        Pages.redirect(LearningLinks.after(learner, step.key(), true));
      } else if (run.solved()) {
        Pages.info("learning.puzzle.solved");
        Pages.redirect(LearningLinks.step(learner.progress().course().slug(), step.key()));
      } else {
        Pages.errorText(
            null,
            Pages.format(
                Message.of(
                    "learning.puzzle.not_solved",
                    Message.of("puzzle.stop." + run.stoppedBecause()))));
      }
    } catch (Refusal refusal) {
      Pages.refused("puzzle:program", refusal);
      refusal.errors().forEach(e -> Pages.errorText("puzzle:program", Pages.format(e.message())));
    }
    return null;
  }

  public boolean isShown() {
    return puzzle != null;
  }

  public Puzzle getPuzzle() {
    return puzzle;
  }

  public String getProgram() {
    return program;
  }

  public void setProgram(String program) {
    this.program = program;
  }

  /** The commands the puzzle offers, as they are typed. */
  public List<String> getCommandWords() {
    List<String> words = new ArrayList<>();
    puzzle.commands().stream()
        .sorted()
        .forEach(
            kind -> {
              switch (kind) {
                case REPEAT -> words.add("repeat 3");
                case IF ->
                    puzzle.conditions().stream()
                        .sorted()
                        .forEach(condition -> words.add("if " + condition.word()));
                default -> words.add(kind.word());
              }
            });
    if (puzzle.commands().contains(org.pathways.content.entity.PuzzleProgram.Kind.IF)) {
      words.add("else");
    }
    return words;
  }

  public PuzzleRun getRun() {
    return run;
  }

  /** The grid row by row, the walker on its start square (built once per request). */
  public List<List<Cell>> getRows() {
    if (rows == null) {
      rows = squares();
    }
    return rows;
  }

  private List<List<Cell>> squares() {
    List<List<Cell>> rows = new ArrayList<>();
    for (int row = 0; row < puzzle.rows(); row++) {
      List<Cell> cells = new ArrayList<>();
      for (int column = 0; column < puzzle.columns(); column++) {
        char mark = puzzle.at(new Puzzle.Square(row, column));
        String name =
            switch (mark) {
              case Puzzle.WALL -> "wall";
              case Puzzle.GOAL -> "goal";
              case Puzzle.FLOWER -> "flower";
              case Puzzle.START -> "start";
              default -> "open";
            };
        cells.add(new Cell(mark, name, Pages.text("learning.puzzle.square." + name)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** One action of the server's run in words: "Move: row 2, column 3, facing east." */
  public String describe(PuzzleRun.Step action) {
    String facing = Pages.text("learning.puzzle.facing." + action.facing().word());
    String row = String.valueOf(action.row() + 1);
    String column = String.valueOf(action.column() + 1);
    if (action.action().startsWith("check:")) {
      return Pages.format(
          Message.of(
              action.result() ? "learning.puzzle.log.check_yes" : "learning.puzzle.log.check_no",
              Pages.text("learning.puzzle.condition." + action.action().substring(6))));
    }
    return Pages.format(
        Message.of(
            "learning.puzzle.log.action",
            Pages.text("learning.puzzle.command." + action.action()),
            row,
            column,
            facing));
  }

  /** What the page's script needs to draw and run the puzzle on its own, as JSON. */
  public String getData() {
    JsonArrayBuilder grid = Json.createArrayBuilder();
    puzzle.grid().forEach(grid::add);
    JsonArrayBuilder commands = Json.createArrayBuilder();
    puzzle.commands().stream().sorted().forEach(kind -> commands.add(kind.word()));
    JsonArrayBuilder conditions = Json.createArrayBuilder();
    puzzle.conditions().stream().sorted().forEach(condition -> conditions.add(condition.word()));
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("grid", grid)
            .add("facing", puzzle.facing().word())
            .add("commands", commands)
            .add("conditions", conditions)
            .add("maxBlocks", puzzle.maxBlocks())
            .add("maxDepth", Puzzle.MAX_DEPTH)
            .add("maxTimes", PuzzlePrograms.MAX_TIMES)
            .add("maxActions", Puzzle.MAX_ACTIONS)
            .add("done", learner.progress().step(step.key()).map(s -> s.done()).orElse(false));
    return data.build().toString();
  }
}
