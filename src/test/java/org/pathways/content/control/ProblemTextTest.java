package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Problem;
import org.pathways.platform.entity.Message;
import org.pathways.testing.SourceTexts;

class ProblemTextTest {

  private static final Path MESSAGES =
      Path.of("src/main/resources/org/pathways/i18n/messages.properties");
  private static final Path CONTENT = Path.of("src/main/java/org/pathways/content");

  @Test
  void aProblemReadsAsFileLineColumnAndItsSentence() {
    Problem problem = Problem.at("c/course.yaml", 3, 7, "content.problem.yaml.missing", "title");

    assertThat(ProblemText.english(problem)).isEqualTo("c/course.yaml:3:7: missing \"title\"");
  }

  @Test
  void aPartOfASentenceIsPutInWordsBeforeTheSentence() {
    Message each =
        Message.of("content.problem.part.each", Message.of("content.problem.item.question"));

    assertThat(ProblemText.english(Message.of("content.problem.yaml.not_mapping", each)))
        .isEqualTo("each question must be a list of \"key: value\" lines");
  }

  @Test
  void everyProblemSentenceIsUsedAndItsApostrophesAndArgumentsSurviveMessageFormat() {
    Map<String, String> sentences = sentences();
    String code = javaSources();
    assertThat(sentences).isNotEmpty();
    sentences.forEach(
        (key, pattern) -> {
          assertThat(code).as("a class of content uses %s", key).contains("\"" + key + "\"");
          Object[] arguments = {"<0>", "<1>", "<2>", "<3>"};
          String expected = pattern.replace("''", "'").replaceAll("\\{(\\d)}", "<$1>");
          assertThat(new MessageFormat(pattern, Locale.ENGLISH).format(arguments))
              .as(key)
              .isEqualTo(expected);
        });
  }

  /** The content.problem. and content.check. sentences of the bundle. */
  private static Map<String, String> sentences() {
    Properties bundle = SourceTexts.bundle(MESSAGES);
    Map<String, String> sentences = new TreeMap<>();
    for (String key : bundle.stringPropertyNames()) {
      if (key.startsWith("content.problem.") || key.startsWith("content.check.")) {
        sentences.put(key, bundle.getProperty(key));
      }
    }
    return sentences;
  }

  private static String javaSources() {
    return String.join("\n", SourceTexts.files(CONTENT, ".java"));
  }
}
