package org.pathways.content.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A course as one version of its package defines it. Immutable: a reload builds a new one, and
 * {@code version} (a hash of every file of the package) tells versions apart. Its PD hours are not
 * declared but follow from the minutes of the steps that count ({@link #pdHours()}).
 */
public record Course(
    String slug,
    String title,
    String summary,
    String audience,
    String gradeBand,
    String program,
    int phase,
    EnrollmentPolicy enrollment,
    Sequencing sequencing,
    String language,
    List<CourseModule> modules,
    Map<String, Asset> assets,
    Map<String, Printable> printables,
    String version,
    Map<String, Translation> translations) {

  public Course {
    modules = List.copyOf(modules);
    assets = Map.copyOf(assets);
    printables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(printables));
    translations = Map.copyOf(translations);
  }

  /**
   * The translation into this language ({@code es}), if the package has one; none for no language
   * (a caller that does not know its reader's).
   */
  public Optional<Translation> translation(String language) {
    return language == null ? Optional.empty() : Optional.ofNullable(translations.get(language));
  }

  /** The language its texts are read in by this reader: theirs where translated, else its own. */
  public String languageFor(String readerLanguage) {
    return translation(readerLanguage).isPresent() ? readerLanguage : language;
  }

  /** The course's title in the reader's language where it is translated, else its own. */
  public String title(String readerLanguage) {
    return translation(readerLanguage).flatMap(Translation::title).orElse(title);
  }

  public String summary(String readerLanguage) {
    return translation(readerLanguage).flatMap(Translation::summary).orElse(summary);
  }

  public String audience(String readerLanguage) {
    return translation(readerLanguage).flatMap(Translation::audience).orElse(audience);
  }

  /** A module's title and summary in the reader's language where translated, else its own. */
  public Translation.ModuleText moduleText(CourseModule module, String readerLanguage) {
    return translation(readerLanguage)
        .map(t -> t.modules().get(module.key()))
        .orElse(new Translation.ModuleText(module.title(), module.summary()));
  }

  /** A step's title in the reader's language where translated, else its own. */
  public String stepTitle(Step step, String readerLanguage) {
    return translation(readerLanguage)
        .map(t -> t.steps().get(step.key()))
        .map(Step::title)
        .orElse(step.title());
  }

  /**
   * The step as a reader of this language reads it: its translation where there is one, else the
   * step itself (in the course's language).
   */
  public Optional<Step> step(String key, String readerLanguage) {
    return translation(readerLanguage)
        .flatMap(t -> Optional.ofNullable(t.steps().get(key)))
        .or(() -> step(key));
  }

  public Optional<Step> step(String key) {
    return modules.stream()
        .flatMap(module -> module.steps().stream())
        .filter(step -> step.key().equals(key))
        .findFirst();
  }

  public Optional<CourseModule> module(String key) {
    return modules.stream().filter(module -> module.key().equals(key)).findFirst();
  }

  public Map<String, CourseModule> moduleOfStep() {
    return modules.stream()
        .flatMap(module -> module.steps().stream().map(step -> Map.entry(step.key(), module)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * The steps that count towards completing the course: the required steps of required modules, or
   * every step when the course requires none (learning's {@code CourseProgress} counts the same).
   */
  public List<Step> countedSteps() {
    boolean requiresAny =
        modules.stream().anyMatch(m -> m.required() && m.steps().stream().anyMatch(Step::required));
    return modules.stream()
        .flatMap(
            module ->
                module.steps().stream()
                    .filter(step -> !requiresAny || (module.required() && step.required())))
        .toList();
  }

  /** The PD hours a certificate of this course states: see {@link #pdHoursFor(int)}. */
  public BigDecimal pdHours() {
    return pdHoursFor(countedSteps().stream().mapToInt(Step::minutes).sum());
  }

  /**
   * Hours a district can sign for this many minutes of counted work: rounded down to the half hour
   * (never promising time not spent), and at least half an hour.
   */
  public static BigDecimal pdHoursFor(int minutes) {
    int halfHours = Math.max(1, minutes / 30);
    return halfHours % 2 == 0
        ? BigDecimal.valueOf(halfHours / 2)
        : BigDecimal.valueOf(halfHours * 5L, 1);
  }

  public int stepCount() {
    return modules.stream().mapToInt(module -> module.steps().size()).sum();
  }

  public Map<String, Step> stepsByKey() {
    return modules.stream()
        .flatMap(module -> module.steps().stream())
        .collect(Collectors.toMap(Step::key, Function.identity()));
  }

  /** A file of the package's {@code assets/} folder, served at {@code url}. */
  public record Asset(String path, String contentType, byte[] bytes, String hash, String url) {}
}
