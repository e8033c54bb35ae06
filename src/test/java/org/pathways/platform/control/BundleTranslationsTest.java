package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathways.content.entity.StepKind;
import org.pathways.platform.entity.Message;

/**
 * The Spanish bundles say everything the English ones say, with the same arguments: a key missing
 * in Spanish falls back to English (never a raw key), and this test lists every such key, so a new
 * English sentence is translated in the same change.
 */
class BundleTranslationsTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @ParameterizedTest
  @ValueSource(
      strings = {"org/pathways/i18n/messages", "org/pathways/i18n/faces", "ValidationMessages"})
  void spanishHasEveryKeyAndNoOther(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties spanish = load(bundle + "_es.properties");

    Set<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(spanish.stringPropertyNames());
    Set<String> extra = new TreeSet<>(spanish.stringPropertyNames());
    extra.removeAll(english.stringPropertyNames());

    assertThat(missing).as("keys with no Spanish text in %s_es", bundle).isEmpty();
    assertThat(extra).as("Spanish keys English does not have in %s_es", bundle).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"org/pathways/i18n/messages", "org/pathways/i18n/faces"})
  void spanishTakesTheSameArgumentsInTheSameFormats(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties spanish = load(bundle + "_es.properties");
    TreeMap<String, String> different = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      String translated = spanish.getProperty(key);
      if (translated != null) {
        List<String> expected = arguments(english.getProperty(key));
        List<String> actual = arguments(translated);
        if (!expected.equals(actual)) {
          different.put(key, expected + " but " + actual);
        }
      }
    }
    assertThat(different).isEmpty();
  }

  @Test
  void everyStepKindHasANameInBothLanguages() throws IOException {
    for (String file : List.of("messages.properties", "messages_es.properties")) {
      Properties texts = load("org/pathways/i18n/" + file);
      for (StepKind kind : StepKind.values()) {
        assertThat(texts.getProperty("learning.kind." + kind)).as(file + " " + kind).isNotBlank();
      }
    }
  }

  @Test
  void aSentenceIsWrittenInTheReadersLanguageAndFallsBackToEnglish() {
    Locale spanish = Locale.forLanguageTag("es");

    assertThat(Texts.in(spanish, Message.of("learning.kind.PUZZLE")))
        .isEqualTo("Reto de programación");
    assertThat(Texts.in(Locale.forLanguageTag("fr"), Message.of("learning.kind.PUZZLE")))
        .isEqualTo("Programming puzzle");
  }

  /** Each argument's index and format, as MessageFormat reads them (choice limits included). */
  private static List<String> arguments(String pattern) {
    MessageFormat format;
    try {
      format = new MessageFormat(pattern, Locale.ROOT);
    } catch (IllegalArgumentException notAPattern) {
      return List.of("not a pattern");
    }
    Format[] formats = format.getFormatsByArgumentIndex();
    List<String> found = new ArrayList<>();
    for (int index = 0; index < formats.length; index++) {
      if (!pattern.contains("{" + index)) {
        continue;
      }
      Format f = formats[index];
      found.add(
          index
              + ":"
              + (f == null
                  ? "text"
                  : f instanceof ChoiceFormat choice
                      ? "choice" + Arrays.toString(choice.getLimits())
                      : f.getClass().getSimpleName()));
    }
    return found;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
