package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Puzzle;
import org.pathways.content.entity.PuzzleProgram;
import org.pathways.content.entity.PuzzleRun;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;

/**
 * A teacher solves a puzzle by keyboard alone: the server's check of a wrong program with its run
 * in words, the page's own run announced step by step, the solution recorded, and the latest
 * program there on return. The page's run and the server's agree on every program.
 */
class PuzzlePagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  private static Step puzzle() {
    return ShippedContent.course(K5).modules().get(0).steps().stream()
        .filter(step -> step.kind() == StepKind.PUZZLE)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTeacherSolvesAPuzzleByKeyboardHearingTheRunMoveByMove() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Bea Keyboard");
    api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    String stepPage = page("/learning/step.xhtml?course=" + K5 + "&step=" + puzzle().key());
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(teacher.email(), teacher.password());
      driver.get(stepPage);
      assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo(puzzle().title());
      assertThat(driver.findElement(By.cssSelector("#puzzle-grid caption")).getText())
          .contains("facing east");
      browser.assertAccessible();

      // The server's check of a program that walks into a wall: the run, in words.
      browser.tabTo("puzzle:program");
      browser.type("move\nmove\nmove");
      browser.tabTo("puzzle:check");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource())
          .contains("Not solved yet: the next move would go into a wall");
      assertThat(driver.findElements(By.cssSelector("#puzzle-run li"))).hasSize(3);
      assertThat(driver.findElement(By.cssSelector("#puzzle-run li")).getText())
          .isEqualTo("Move: row 2, column 3, facing east.");
      assertThat(driver.findElement(By.id("puzzle:program")).getDomProperty("value"))
          .as("the program stays as typed")
          .isEqualTo("move\nmove\nmove");
      browser.assertAccessible();

      // The page's own run: a command added with a button, the rest typed, one step, then all.
      browser.tabTo("puzzle:program");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.tabToText("Add move");
      browser.press(Keys.ENTER);
      assertThat(browser.focused().getAttribute("id")).isEqualTo("puzzle:program");
      browser.type("\nmove\nturn-right\nmove\nmove\nturn-left\nmove");
      assertThat(driver.findElements(By.cssSelector("#puzzle-list li"))).hasSize(7);
      browser.tabToText("One step");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.id("puzzle-live")).getText())
          .isEqualTo("Step 1 of 7. Move: row 2, column 3, facing east.");
      assertThat(driver.findElement(By.cssSelector("#square-1-2 .puzzle__walker")).getText())
          .isEqualTo("walker facing east");
      browser.tabToText("Run on the page");
      browser.press(Keys.ENTER);
      browser.waitFor(
          d ->
              d.findElement(By.id("puzzle-live"))
                  .getText()
                  .equals("Solved! The step is complete."));
      browser.assertAccessible();
      browser.assertNoCspViolations();

      driver.get(stepPage);
      assertThat(driver.findElement(By.id("step-status")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("puzzle:program")).getDomProperty("value"))
          .isEqualTo(puzzle().details(Puzzle.class).solution().text());
    }
  }

  @Test
  void thePagesRunAndTheServersRunAgreeOnEveryProgram() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Val Verdict");
    api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    Puzzle field =
        new Puzzle(
            List.of("#######", "#S.*..#", "#.#.#.#", "#*..*G#", "#######"),
            Puzzle.Facing.EAST,
            EnumSet.allOf(PuzzleProgram.Kind.class),
            EnumSet.allOf(PuzzleProgram.Condition.class),
            40,
            List.of(),
            Optional.empty(),
            new PuzzleProgram(List.of(new PuzzleProgram.Action(PuzzleProgram.Kind.MOVE))));
    String puzzleJson =
        Json.createObjectBuilder()
            .add("grid", Json.createArrayBuilder(field.grid()))
            .add("facing", "east")
            .add("maxActions", Puzzle.MAX_ACTIONS)
            .build()
            .toString();
    Random random = new Random(17);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(teacher.email(), teacher.password());
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + puzzle().key()));
      for (int i = 0; i < 60; i++) {
        PuzzleProgram program = new PuzzleProgram(commands(random, 0));
        Object page =
            driver.executeScript(
                "var parsed = Pathways.puzzle.parse(arguments[1]);"
                    + "return JSON.stringify({tree: parsed.program,"
                    + " run: Pathways.puzzle.run(JSON.parse(arguments[0]), parsed.program)});",
                puzzleJson,
                program.text());
        var answer = Json.createReader(new StringReader((String) page)).readObject();
        assertThat(answer.get("tree").toString())
            .as("the page reads %s as the server does", program)
            .isEqualTo(
                ShippedContent.program(program.tree())
                    .replaceFirst("^\\{\"program\":", "")
                    .replaceFirst("}$", ""));
        PuzzleRun server = field.run(program);
        var run = answer.getJsonObject("run");
        assertThat(run.getString("stoppedBecause"))
            .as(program.toString())
            .isEqualTo(server.stoppedBecause().name());
        assertThat(run.getBoolean("solved")).isEqualTo(server.solved());
        List<String> pageSteps = new ArrayList<>();
        run.getJsonArray("steps")
            .getValuesAs(jakarta.json.JsonObject.class)
            .forEach(
                s ->
                    pageSteps.add(
                        s.getString("action")
                            + "@"
                            + s.getInt("row")
                            + ","
                            + s.getInt("column")
                            + ","
                            + s.getString("facing")));
        List<String> serverSteps =
            server.steps().stream()
                .map(s -> s.action() + "@" + s.row() + "," + s.column() + "," + s.facing().word())
                .toList();
        assertThat(pageSteps).as(program.toString()).isEqualTo(serverSteps);
      }
    }
  }

  /** A random program: moves and turns, repeats and ifs, nested a little. */
  private static List<PuzzleProgram.Command> commands(Random random, int depth) {
    List<PuzzleProgram.Command> commands = new ArrayList<>();
    int count = 1 + random.nextInt(depth == 0 ? 6 : 3);
    for (int i = 0; i < count; i++) {
      int pick = random.nextInt(depth < 2 ? 6 : 4);
      switch (pick) {
        case 0, 1 -> commands.add(new PuzzleProgram.Action(PuzzleProgram.Kind.MOVE));
        case 2 -> commands.add(new PuzzleProgram.Action(PuzzleProgram.Kind.TURN_LEFT));
        case 3 -> commands.add(new PuzzleProgram.Action(PuzzleProgram.Kind.TURN_RIGHT));
        case 4 ->
            commands.add(
                new PuzzleProgram.Repeat(1 + random.nextInt(5), commands(random, depth + 1)));
        default ->
            commands.add(
                new PuzzleProgram.If(
                    PuzzleProgram.Condition.values()[random.nextInt(3)],
                    commands(random, depth + 1),
                    random.nextBoolean() ? List.of() : commands(random, depth + 1)));
      }
    }
    return commands;
  }
}
