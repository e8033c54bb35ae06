package org.pathways.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.content.control.PuzzlePrograms;
import org.pathways.content.entity.PuzzleProgram.Condition;
import org.pathways.content.entity.PuzzleProgram.Kind;
import org.pathways.platform.entity.Message;

class PuzzleTest {

  /** A corridor: start at the left facing east, a flower on the way, the goal at the right. */
  static final Puzzle CORRIDOR =
      puzzle(List.of("######", "#S.*G#", "######"), 5, EnumSet.allOf(Kind.class));

  /** A staircase: east, south, east, south... to the goal. */
  static final Puzzle STAIRS =
      puzzle(List.of("S.##", "#..#", "##.G"), 6, EnumSet.allOf(Kind.class));

  static Puzzle puzzle(List<String> grid, int maxBlocks, java.util.Set<Kind> commands) {
    return new Puzzle(
        grid,
        Puzzle.Facing.EAST,
        commands,
        EnumSet.allOf(Condition.class),
        maxBlocks,
        List.of(),
        Optional.empty(),
        lines("move"));
  }

  static PuzzleProgram program(String text) {
    return PuzzlePrograms.fromText(text).program().orElseThrow();
  }

  static PuzzleProgram lines(String... lines) {
    return PuzzlePrograms.fromText(String.join("\n", lines)).program().orElseThrow();
  }

  @Test
  void aProgramEndingOnTheGoalWithEveryFlowerSolvesThePuzzle() {
    PuzzleRun run = CORRIDOR.run(lines("repeat 3", "  move"));

    assertThat(run.solved()).isTrue();
    assertThat(run.stoppedBecause()).isEqualTo(PuzzleRun.Stop.SOLVED);
    assertThat(run.collected()).isEqualTo(1);
    assertThat(run.steps()).extracting(PuzzleRun.Step::column).containsExactly(2, 3, 4);
    assertThat(run.steps()).extracting(PuzzleRun.Step::at).containsOnly(List.of(0, 0));
  }

  @Test
  void aMoveIntoAWallStopsTheRunWhereTheWalkerStands() {
    PuzzleRun run = CORRIDOR.run(lines("move", "turn-left", "move", "move"));

    assertThat(run.solved()).isFalse();
    assertThat(run.stoppedBecause()).isEqualTo(PuzzleRun.Stop.WALL);
    PuzzleRun.Step last = run.steps().get(run.steps().size() - 1);
    assertThat(last.action()).isEqualTo("move");
    assertThat(last.at()).containsExactly(2);
    assertThat(List.of(last.row(), last.column())).containsExactly(1, 2);
    assertThat(last.facing()).isEqualTo(Puzzle.Facing.NORTH);
    assertThat(run.steps()).hasSize(3);
  }

  @Test
  void movingOffTheGridIsAWallToo() {
    Puzzle open = puzzle(List.of("S.", ".G"), 5, EnumSet.allOf(Kind.class));

    assertThat(open.run(lines("turn-left", "move")).stoppedBecause())
        .isEqualTo(PuzzleRun.Stop.WALL);
  }

  @Test
  void stoppingShortOfTheGoalIsNotSolved() {
    assertThat(CORRIDOR.run(lines("move", "move")).stoppedBecause())
        .isEqualTo(PuzzleRun.Stop.NOT_AT_GOAL);
  }

  @Test
  void reachingTheGoalWithoutTheFlowersIsNotSolved() {
    Puzzle detour = puzzle(List.of("S.G", ".*."), 9, EnumSet.allOf(Kind.class));

    PuzzleRun run = detour.run(lines("move", "move"));

    assertThat(run.stoppedBecause()).isEqualTo(PuzzleRun.Stop.FLOWERS_LEFT);
    assertThat(run.collected()).isZero();
    assertThat(run.flowers()).isEqualTo(1);
  }

  @Test
  void withoutAGoalCollectingEveryFlowerSolves() {
    Puzzle flowers = puzzle(List.of("S*.*"), 5, EnumSet.allOf(Kind.class));
    Puzzle field = puzzle(List.of("S*.*", "...."), 5, EnumSet.allOf(Kind.class));

    assertThat(field.run(lines("repeat 3", "  move")).solved()).isTrue();
    assertThat(field.run(lines("move")).stoppedBecause()).isEqualTo(PuzzleRun.Stop.FLOWERS_LEFT);
    assertThat(flowers.rows()).isEqualTo(1);
  }

  @Test
  void anIfChecksTheSquareAheadAndRecordsTheAnswer() {
    PuzzleProgram climb =
        lines(
            "repeat 5",
            "  if path-ahead",
            "    move",
            "  else",
            "    turn-right",
            "    move",
            "    turn-left");

    PuzzleRun run = STAIRS.run(climb);

    assertThat(run.solved()).as(run.toString()).isTrue();
    assertThat(run.steps().get(0).action()).isEqualTo("check:path-ahead");
    assertThat(run.steps().get(0).result()).isTrue();
    assertThat(run.steps()).filteredOn(step -> Boolean.FALSE.equals(step.result())).isNotEmpty();
  }

  @Test
  void leftAndRightChecksLookBesideTheWalker() {
    Puzzle corner = puzzle(List.of("#.#", "#S#", "###"), 5, EnumSet.allOf(Kind.class));

    PuzzleRun run = corner.run(lines("if path-left", "  move", "else", "  turn-left"));

    assertThat(run.steps().get(0).result()).isTrue();
    assertThat(run.steps().get(0).action()).isEqualTo("check:path-left");
  }

  @Test
  void aRunStopsAfterItsLimitOfActions() {
    Puzzle spin = puzzle(List.of("S.", ".G"), 10, EnumSet.allOf(Kind.class));

    PuzzleRun run = spin.run(lines("repeat 20", "  repeat 20", "    repeat 20", "      turn-left"));

    assertThat(run.stoppedBecause()).isEqualTo(PuzzleRun.Stop.TOO_LONG);
    assertThat(run.steps()).hasSize(Puzzle.MAX_ACTIONS);
  }

  @Test
  void aProgramOverTheBlockLimitOrUsingCommandsNotOfferedIsRefusedBeforeItRuns() {
    Puzzle strict = puzzle(List.of("S..G"), 2, EnumSet.of(Kind.MOVE, Kind.TURN_LEFT));

    assertThat(strict.refusals(lines("move", "move", "move")))
        .extracting(Message::key)
        .containsExactly("puzzle.program.too_many_blocks");
    assertThat(strict.refusals(lines("repeat 3", "  move")))
        .extracting(Message::key)
        .containsExactly("puzzle.program.command_not_offered");
    assertThat(strict.refusals(lines("move", "turn-left"))).isEmpty();
  }

  @Test
  void blocksNestedDeeperThanTheLimitAreRefused() {
    PuzzleProgram deep =
        lines("repeat 2", " repeat 2", "  repeat 2", "   repeat 2", "    repeat 2", "     move");
    Puzzle roomy = puzzle(List.of("S..G"), 40, EnumSet.allOf(Kind.class));

    assertThat(roomy.refusals(deep))
        .extracting(Message::key)
        .containsExactly("puzzle.program.too_deep");
  }

  @Test
  void turningFourTimesFacesTheSameWay() {
    for (Puzzle.Facing facing : Puzzle.Facing.values()) {
      assertThat(facing.left().left().left().left()).isEqualTo(facing);
      assertThat(facing.left().right()).isEqualTo(facing);
    }
    assertThat(Puzzle.Facing.NORTH.left()).isEqualTo(Puzzle.Facing.WEST);
  }
}
