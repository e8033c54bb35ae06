package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathways.testing.SourceTexts;

/**
 * Every key a page or a class names is in its bundle: a renamed or mistyped key would otherwise
 * show as the key itself (pages) or fail only when the sentence is needed (mail, refusals).
 */
class BundleKeysTest {

  private static final Path MESSAGES =
      Path.of("src/main/resources/org/pathways/i18n/messages.properties");
  private static final Path VALIDATION =
      Path.of("src/main/resources/ValidationMessages.properties");

  /** {@code #{i18n['a.b']}} and {@code #{i18n.a}}; keys built at run time are not checked. */
  private static final Pattern PAGE_KEY =
      Pattern.compile("i18n\\['([^'\\]]+)'\\]|i18n\\.([A-Za-z_][A-Za-z0-9_]*)\\b");

  /** A Java string literal shaped like a bundle key: lower-case words joined by dots. */
  private static final Pattern JAVA_LITERAL =
      Pattern.compile("\"([a-z][a-z_]*(?:\\.[A-Za-z0-9_]+)+)\"");

  /** Dotted names that are not sentences: audit actions and permissions. */
  // Mail domains are not keys either, even when a feature shares their first word ("live.com").
  private static final Pattern NOT_TEXT =
      Pattern.compile("audit\\.record\\(|new Permission\\(|PUBLIC_MAIL =");

  private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)}\"");

  @Test
  void everyKeyAPageNamesIsInTheBundle() {
    Set<String> keys = keys(MESSAGES);
    Set<String> missing = new TreeSet<>();
    for (String page : files(Path.of("src/main/webapp"), ".xhtml")) {
      Matcher m = PAGE_KEY.matcher(page);
      while (m.find()) {
        String key = m.group(1) != null ? m.group(1) : m.group(2);
        if (!keys.contains(key)) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyJavaNamesIsInTheBundle() {
    Set<String> keys = keys(MESSAGES);
    Set<String> features =
        keys.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (String source : files(Path.of("src/main/java"), ".java")) {
      Matcher m = JAVA_LITERAL.matcher(source);
      while (m.find()) {
        String literal = m.group(1);
        boolean bundleShaped = features.contains(literal.substring(0, literal.indexOf('.')));
        boolean prefixOfKeys = keys.stream().anyMatch(key -> key.startsWith(literal + "."));
        if (bundleShaped
            && !keys.contains(literal)
            && !prefixOfKeys
            && !NOT_TEXT.matcher(statementBefore(source, m.start())).find()) {
          missing.add(literal);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyValidationMessageKeyIsInItsBundle() {
    Set<String> keys = keys(VALIDATION);
    Set<String> missing = new TreeSet<>();
    for (String source : files(Path.of("src/main/java"), ".java")) {
      Matcher m = VALIDATION_KEY.matcher(source);
      while (m.find()) {
        if (!keys.contains(m.group(1)) && !m.group(1).startsWith("jakarta.")) {
          missing.add(m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void noValidationMessageIsALiteralSentence() {
    Set<String> literal = new TreeSet<>();
    Pattern sentence = Pattern.compile("message\\s*=\\s*\"([^{\"][^\"]*)\"");
    for (String source : files(Path.of("src/main/java"), ".java")) {
      Matcher m = sentence.matcher(source);
      while (m.find()) {
        literal.add(m.group(1));
      }
    }
    assertThat(literal).isEmpty();
  }

  /** The statement's text before this position (since the last ';', '{' or '}'). */
  private static String statementBefore(String source, int position) {
    int start = position;
    while (start > 0 && ";{}".indexOf(source.charAt(start - 1)) < 0) {
      start--;
    }
    return source.substring(start, position);
  }

  private static Set<String> keys(Path bundle) {
    return SourceTexts.bundle(bundle).stringPropertyNames();
  }

  private static List<String> files(Path root, String suffix) {
    return SourceTexts.files(root, suffix);
  }
}
