package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.content.entity.Puzzle;
import org.pathways.content.entity.StepKind;

/** A puzzle step is read only when it is fair: a sound grid and a solution that solves it. */
class PuzzleReaderTest {

  private static final String FILE = PackageFixture.COURSE + "/01-first/06-walk.md";
  private static final String NAME = "sample-course/01-first/06-walk.md";

  @TempDir Path root;
  PackageFixture fixture;

  @BeforeEach
  void writeValidPackage() {
    fixture = new PackageFixture(root);
  }

  private List<String> problems(String puzzle) {
    fixture.write(
        FILE,
        "---\nkind: puzzle\ntitle: Walk to the flower\nminutes: 5\npuzzle:\n"
            + puzzle.indent(2)
            + "---\nGet the bee to the flower.\n");
    return fixture.read().problems().stream().map(ProblemText::english).toList();
  }

  private static final String FAIR =
      """
      grid:
        - "#####"
        - "#S.G#"
        - "#####"
      facing: east
      commands: [move, turn-left, repeat]
      maxBlocks: 3
      hints: [Count the squares.]
      starter: [move]
      solution:
        - repeat: 2
          do: [move]
      """;

  @Test
  void aFairPuzzleIsReadWithItsSolutionAndStarter() {
    assertThat(problems(FAIR)).isEmpty();

    var step = fixture.course().course().orElseThrow().step("walk").orElseThrow();
    assertThat(step.kind()).isEqualTo(StepKind.PUZZLE);
    Puzzle puzzle = step.details(Puzzle.class);
    assertThat(puzzle.start()).isEqualTo(new Puzzle.Square(1, 1));
    assertThat(puzzle.goal()).contains(new Puzzle.Square(1, 3));
    assertThat(puzzle.hints()).containsExactly("Count the squares.");
    assertThat(puzzle.starter().orElseThrow().text()).isEqualTo("move\n");
    assertThat(puzzle.solution().blocks()).isEqualTo(2);
  }

  @Test
  void aSolutionThatDoesNotSolveIsReportedWithWhereItStopped() {
    assertThat(problems(FAIR.replace("repeat: 2", "repeat: 3")))
        .containsExactly(
            NAME
                + ":16:5: the solution does not solve the puzzle: its run stops because the next"
                + " move would go into a wall or off the grid (actions run: 3)");
  }

  @Test
  void aSolutionOverTheLimitsOrWithCommandsNotOfferedIsReported() {
    assertThat(problems(FAIR.replace("maxBlocks: 3", "maxBlocks: 1")))
        .containsExactly(
            NAME
                + ":16:5: the solution breaks the puzzle's own rules: The program uses 2 blocks;"
                + " this puzzle allows 1. Look for a repeat that could say it shorter.");
    assertThat(problems(FAIR.replace("commands: [move, turn-left, repeat]", "commands: [move]")))
        .hasSize(1)
        .allMatch(problem -> problem.contains("does not offer \"repeat\""));
  }

  @Test
  void aStarterThatAlreadySolvesIsReported() {
    assertThat(problems(FAIR.replace("starter: [move]", "starter: [move, move]")))
        .containsExactly(
            NAME
                + ":14:12: the starting program already solves the puzzle: give a buggy or"
                + " unfinished one, or none");
  }

  @Test
  void aMalformedSolutionIsReportedInTheTeachersWords() {
    assertThat(problems(FAIR.replace("do: [move]", "do: [fly]")))
        .containsExactly(
            NAME
                + ":16:5: the solution is not a program: At command 1.1, \"fly\" is not a"
                + " command. The commands are move, turn-left, turn-right, repeat and if.");
  }

  @Test
  void aBrokenGridIsReported() {
    assertThat(problems(FAIR.replace("\"#S.G#\"", "\"#S.G\"")))
        .singleElement()
        .asString()
        .contains("the grid is rows of the same length");
    assertThat(problems(FAIR.replace("\"#S.G#\"", "\"#S.X#\"")))
        .singleElement()
        .asString()
        .contains("row 2 holds \"#S.X#\"");
    assertThat(problems(FAIR.replace("\"#S.G#\"", "\"#..G#\"")))
        .singleElement()
        .asString()
        .contains("exactly one S");
    assertThat(problems(FAIR.replace("\"#S.G#\"", "\"#S..#\"")))
        .singleElement()
        .asString()
        .contains("a G or at least one *");
  }

  @Test
  void unknownCommandsFacingsAndMissingKeysAreReported() {
    assertThat(problems(FAIR.replace("facing: east", "facing: up")))
        .singleElement()
        .asString()
        .contains("\"facing\" is north, east, south or west, not \"up\"");
    assertThat(problems(FAIR.replace("turn-left", "jump")))
        .singleElement()
        .asString()
        .contains("\"jump\" is not a command");
    assertThat(problems(FAIR.replace("conditions", "x").replace("maxBlocks: 3\n", "")))
        .singleElement()
        .asString()
        .contains("maxBlocks");
    assertThat(problems("grid: [\"S.G\", \"...\"]\n"))
        .anyMatch(problem -> problem.contains("facing"))
        .anyMatch(problem -> problem.contains("solution"));
  }
}
