package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.ShippedContent;

/**
 * Puzzle steps through the API: the puzzle without its solution, the server's own run of the
 * teacher's program (422 with the run when it does not solve, 400 when malformed or over the
 * limits), completion when it solves, and who may send programs where.
 */
class PuzzleIT extends LearningFixtures {

  private static Step puzzle() {
    return ShippedContent.course(K5).modules().get(0).steps().stream()
        .filter(step -> step.kind() == StepKind.PUZZLE)
        .findFirst()
        .orElseThrow();
  }

  private Api.Answer send(Api.Person teacher, String enrollment, List<Object> program) {
    return complete(teacher, enrollment, puzzle().key(), ShippedContent.program(program));
  }

  @Test
  void thePuzzleIsShownWithItsGridLimitsAndHintsButNotItsSolution() {
    Api.Person teacher = api.signUp("Pia Puzzle");
    enrol(teacher, K5);

    var shown = api.get("/api/courses/" + K5 + "/steps/" + puzzle().key(), teacher.token());

    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    JsonObject view = shown.json().getJsonObject("puzzle");
    assertThat(shown.json().getString("kind")).isEqualTo("PUZZLE");
    assertThat(view.getJsonArray("grid")).isNotEmpty();
    assertThat(view.getString("facing")).isEqualTo("east");
    assertThat(view.getJsonArray("commands").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("move", "turn-left", "turn-right");
    assertThat(view.getInt("maxBlocks")).isPositive();
    assertThat(view.getJsonArray("hints")).isNotEmpty();
    assertThat(shown.body()).doesNotContain("solution");
  }

  @Test
  void aProgramThatDoesNotSolveGetsTheServersRunAndTheStepStaysOpen() {
    Api.Person teacher = api.signUp("Walt Wall");
    String enrollment = enrol(teacher, K5);

    var bumped = send(teacher, enrollment, List.of("move", "move", "move"));
    var short_ = send(teacher, enrollment, List.of("move"));

    assertThat(bumped.status()).as(bumped.body()).isEqualTo(422);
    assertThat(bumped.header("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = bumped.json();
    assertThat(problem.getBoolean("solved")).isFalse();
    assertThat(problem.getString("stoppedBecause")).isEqualTo("WALL");
    assertThat(problem.getString("detail")).contains("wall");
    assertThat(problem.getJsonArray("steps")).hasSize(3);
    JsonObject last = problem.getJsonArray("steps").getJsonObject(2);
    assertThat(last.getString("action")).isEqualTo("move");
    assertThat(last.getJsonArray("at").getInt(0)).isEqualTo(2);
    assertThat(last.getInt("column")).isEqualTo(3);
    assertThat(short_.json().getString("stoppedBecause")).isEqualTo("NOT_AT_GOAL");
    var after = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    assertThat(after.toString()).doesNotContain("\"" + puzzle().key() + "\",\"state\":\"COMPLETED");
  }

  @Test
  void theSolutionCompletesTheStepOnceAndAgainChangesNothing() {
    Api.Person teacher = api.signUp("Sol Solver");
    String enrollment = enrol(teacher, K5);

    var solved = api.completeStep(teacher, enrollment, puzzle());
    var again = api.completeStep(teacher, enrollment, puzzle());
    var empty = complete(teacher, enrollment, puzzle().key(), "{}");

    assertThat(solved.status()).as(solved.body()).isEqualTo(200);
    assertThat(solved.json().getString("state")).isEqualTo("COMPLETED");
    assertThat(again.json().getString("completedAt"))
        .isEqualTo(solved.json().getString("completedAt"));
    assertThat(empty.status()).as("already done: nothing to send").isEqualTo(200);
  }

  @Test
  void anEmptyBodyOnAnUnsolvedPuzzleAsksForAProgram() {
    Api.Person teacher = api.signUp("Ed Empty");
    String enrollment = enrol(teacher, K5);

    var empty = complete(teacher, enrollment, puzzle().key(), "{}");

    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.json().getString("detail")).contains("program that solves the puzzle");
  }

  @Test
  void malformedProgramsAndProgramsOverTheLimitsAreRefusedWithEveryReason() {
    Api.Person teacher = api.signUp("Mal Formed");
    String enrollment = enrol(teacher, K5);

    var unknown = send(teacher, enrollment, List.of("move", "fly", Map.of("repeat", 99)));
    var notOffered = send(teacher, enrollment, List.of(Map.of("repeat", 2, "do", List.of("move"))));
    var tooMany = send(teacher, enrollment, java.util.Collections.nCopies(9, "turn-left"));
    var notAList = complete(teacher, enrollment, puzzle().key(), "{\"program\": {\"move\": 1}}");
    var empty = send(teacher, enrollment, List.of());

    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("At command 2, \\\"fly\\\" is not a command")
        .contains("At command 3, a block is written as");
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("program");
    assertThat(notOffered.status()).isEqualTo(400);
    assertThat(notOffered.body()).contains("does not offer \\\"repeat\\\"");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("uses 9 blocks; this puzzle allows 8");
    assertThat(notAList.status()).isEqualTo(400);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("no commands yet");
  }

  @Test
  void programsGoOnlyToOnesOwnEnrolmentAndOnlyToPuzzles() {
    Api.Person owner = api.signUp("Olive Owner");
    Api.Person other = api.signUp("Otto Other");
    String enrollment = enrol(owner, K5);
    enrol(other, K5);
    String solution = ShippedContent.solution(puzzle());
    Step reading = ShippedContent.course(K5).modules().get(0).steps().get(0);

    var foreign = complete(other, enrollment, puzzle().key(), solution);
    var anonymous =
        api.call(
            "PUT",
            "/api/enrollments/" + enrollment + "/steps/" + puzzle().key() + "/completion",
            solution,
            null);
    var notAPuzzle = complete(owner, enrollment, reading.key(), solution);
    var noSuchStep = complete(owner, enrollment, "no-such-step", solution);

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(notAPuzzle.status()).isEqualTo(400);
    assertThat(notAPuzzle.body()).contains("not a puzzle");
    assertThat(noSuchStep.status()).isEqualTo(404);
  }
}
