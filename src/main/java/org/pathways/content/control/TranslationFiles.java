package org.pathways.content.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathways.content.entity.Printable;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.Translation;

/**
 * The translation files of a package as they are read: a file named like its original with the
 * language before the extension ({@code 01-welcome.es.md} beside {@code 01-welcome.md}). Spanish is
 * the one translation the platform serves.
 */
final class TranslationFiles {

  static final String LANGUAGE = "es";
  private static final Pattern NAME = Pattern.compile("(.+)\\." + LANGUAGE + "(\\.[a-z0-9]+)");

  final Map<String, Translation.ModuleText> modules = new LinkedHashMap<>();
  final Map<String, Step> steps = new LinkedHashMap<>();
  Map<String, Printable> printables = Map.of();
  Optional<String> title = Optional.empty();
  Optional<String> summary = Optional.empty();
  Optional<String> audience = Optional.empty();

  /**
   * The original's file name of a translation's ({@code a.es.md} is {@code a.md}'s), if it is one.
   */
  static Optional<String> originalOf(String fileName) {
    Matcher m = NAME.matcher(fileName);
    return m.matches() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
  }

  /** The translation's file name of an original ({@code a.md}: {@code a.es.md}). */
  static String translationOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot) + "." + LANGUAGE + fileName.substring(dot);
  }

  Map<String, Translation> read() {
    Translation translation =
        new Translation(LANGUAGE, title, summary, audience, modules, steps, printables);
    return translation.isEmpty() ? Map.of() : Map.of(LANGUAGE, translation);
  }
}
