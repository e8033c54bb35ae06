package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.Translation;

/**
 * Spanish files beside the originals: read into the course's translation, held to the original's
 * shape (same keys, answers and rules), and never confused with steps of their own.
 */
class TranslationsTest {

  @TempDir Path root;
  PackageFixture fixture;

  @BeforeEach
  void writeValidPackage() {
    fixture = new PackageFixture(root);
  }

  private List<String> problems() {
    return fixture.read().problems().stream().map(ProblemText::english).toList();
  }

  private Course course() {
    return fixture.course().course().orElseThrow();
  }

  @Test
  void aTranslatedStepModuleAndCourseAreReadBesideTheOriginals() {
    fixture
        .write(
            PackageFixture.COURSE + "/01-first/01-reading.es.md",
            """
            ---
            kind: page
            title: Una lectura
            minutes: 5
            ---
            ## Bucles

            ![Un bucle dibujado como un círculo](../assets/loop.svg)
            """)
        .write(
            PackageFixture.COURSE + "/01-first/module.es.yaml",
            "title: Primer módulo\nsummary: El primero.\n");

    assertThat(problems()).isEmpty();
    Translation spanish = course().translation("es").orElseThrow();
    assertThat(spanish.steps()).containsOnlyKeys("reading");
    assertThat(spanish.modules().get("first").title()).isEqualTo("Primer módulo");
    assertThat(course().step("reading", "es").orElseThrow().title()).isEqualTo("Una lectura");
    assertThat(course().step("check", "es").orElseThrow().title())
        .as("a step with no translation reads in the original")
        .isEqualTo("Check");
    assertThat(course().step("reading", "en").orElseThrow().title()).isEqualTo("A reading");
    assertThat(course().step("reading", null).orElseThrow().title())
        .as("a reader whose language is not known reads the original")
        .isEqualTo("A reading");
    assertThat(course().title(null)).isEqualTo(course().title());
    assertThat(course().modules().get(0).steps()).hasSize(5);
  }

  @Test
  void aTranslatedStepShowsTheTranslatedDrawingWhereThereIsOne() {
    fixture
        .write(
            PackageFixture.COURSE + "/assets/loop.es.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Bucle</title></svg>")
        .write(
            PackageFixture.COURSE + "/01-first/01-reading.es.md",
            "---\nkind: page\ntitle: Una lectura\nminutes: 5\n---\n![Un bucle](../assets/loop.svg)\n");

    assertThat(problems()).isEmpty();
    assertThat(course().step("reading", "es").orElseThrow().html()).contains("loop.es.svg");
    assertThat(course().step("reading").orElseThrow().html())
        .contains("loop.svg")
        .doesNotContain("loop.es.svg");
  }

  @Test
  void aTranslatedQuizKeepsItsKeysAndAnswers() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/02-check.es.md",
        PackageFixture.checkQuiz(
                """
                - key: a
                  text: Repetir 3 veces
                  correct: true
                  feedback: Sí, se repite.
                - key: b
                  text: Decir hola
                  feedback: No, eso se ejecuta una vez.
                """)
            .replace("title: Check", "title: Comprobación"));

    assertThat(problems()).isEmpty();
    StepDetails.Quiz quiz =
        course().step("check", "es").orElseThrow().details(StepDetails.Quiz.class);
    assertThat(quiz.questions().get(0).choices().get(0).text()).isEqualTo("Repetir 3 veces");
  }

  @Test
  void aTranslationThatChangesAnAnswerIsRefusedSayingWhat() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/02-check.es.md",
        PackageFixture.checkQuiz(
            """
            - key: a
              text: Repetir 3 veces
              feedback: Sí, se repite.
            - key: b
              text: Decir hola
              correct: true
              feedback: No, eso se ejecuta una vez.
            """));

    assertThat(problems())
        .singleElement()
        .asString()
        .contains(
            "01-first/02-check.es.md",
            "a translation changes only the words",
            "02-check.md",
            "\"choice first/a correct\" became \"choice first/a\"");
  }

  @Test
  void aTranslationWithNoOriginalIsAProblemNotAStep() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/09-missing.es.md",
        "---\nkind: page\ntitle: Falta\nminutes: 1\n---\nTexto.\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .contains("09-missing.es.md", "there is no 09-missing.md here to translate");
  }

  @Test
  void theShippedK5WorkshopIsWhollyInSpanish() {
    Course k5 =
        new ContentReader(Path.of("modules"), "/assets/")
            .read(java.util.Optional.empty())
            .courses()
            .get("k5-online-workshop")
            .course()
            .orElseThrow();
    Translation spanish = k5.translation("es").orElseThrow();
    int steps = k5.modules().stream().mapToInt(m -> m.steps().size()).sum();

    assertThat(spanish.steps()).hasSize(steps);
    assertThat(spanish.modules()).hasSize(k5.modules().size());
    assertThat(spanish.printables()).containsOnlyKeys(k5.printables().keySet());
    assertThat(spanish.title()).isPresent();
  }
}
