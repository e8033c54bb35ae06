package org.pathways.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.util.Optional;
import org.pathways.content.control.ContentReader;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;

/** The courses in modules/, read as the platform reads them, with the answers tests need. */
public final class ShippedContent {

  /** The shipped courses that tests use most: elementary, middle school and high school. */
  public static final String K5 = "k5-online-workshop";

  public static final String MS = "ms-phase-1-cs-in-math-science";
  public static final String HS = "hs-phase-1-foundations";

  private ShippedContent() {}

  public static Course course(String slug) {
    return new ContentReader(Path.of(System.getProperty("pathways.modules", "modules")), "/assets/")
        .read(Optional.empty())
        .courses()
        .get(slug)
        .course()
        .orElseThrow();
  }

  /** The body of a completion that passes this quiz: every correct choice of every question. */
  /** The first reflection step of a shipped course's first module. */
  public static Step firstReflection(String course) {
    return course(course).modules().get(0).steps().stream()
        .filter(step -> step.kind() == StepKind.REFLECTION)
        .findFirst()
        .orElseThrow();
  }

  public static String rightAnswers(Step quiz) {
    return answers(quiz, true);
  }

  /** Answers with every question wrong: an incorrect choice where there is one. */
  public static String wrongAnswers(Step quiz) {
    return answers(quiz, false);
  }

  private static String answers(Step quiz, boolean right) {
    JsonObjectBuilder answers = Json.createObjectBuilder();
    for (StepDetails.Question question : quiz.details(StepDetails.Quiz.class).questions()) {
      var choices = Json.createArrayBuilder();
      question.choices().stream()
          .filter(choice -> choice.correct() == right)
          .limit(right ? Long.MAX_VALUE : 1)
          .forEach(choice -> choices.add(choice.key()));
      answers.add(question.key(), choices);
    }
    return Json.createObjectBuilder().add("answers", answers).build().toString();
  }

  /** {@code {"program": ...}} with the puzzle's own solution, as the API takes it. */
  public static String solution(Step puzzle) {
    return program(puzzle.details(org.pathways.content.entity.Puzzle.class).solution().tree());
  }

  /** {@code {"program": ...}} with this program tree (words, lists and maps). */
  public static String program(java.util.List<Object> tree) {
    return Json.createObjectBuilder().add("program", json(tree)).build().toString();
  }

  private static jakarta.json.JsonValue json(Object tree) {
    if (tree instanceof java.util.List<?> list) {
      var array = Json.createArrayBuilder();
      list.forEach(item -> array.add(json(item)));
      return array.build();
    }
    if (tree instanceof java.util.Map<?, ?> map) {
      var object = Json.createObjectBuilder();
      map.forEach((key, value) -> object.add(String.valueOf(key), json(value)));
      return object.build();
    }
    if (tree instanceof Integer number) {
      return Json.createValue(number);
    }
    return Json.createValue(String.valueOf(tree));
  }

  /** A reflection long enough for the prompt. */
  public static String reflection(Step step, String visibility) {
    int words = step.details(StepDetails.Reflection.class).minWords() + 5;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append("thinking ");
    }
    return Json.createObjectBuilder()
        .add("text", text.toString().strip())
        .add("visibility", visibility)
        .build()
        .toString();
  }
}
