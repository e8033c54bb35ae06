package org.pathways.content.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.ProgramCatalog;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.content.entity.Visibility;
import org.pathways.platform.entity.Message;

/** Reads one step file: its front matter, checked for its kind, and its Markdown body. */
final class StepReader {

  private static final List<String> COMMON = List.of("kind", "title", "required", "minutes");
  private static final Map<StepKind, List<String>> KIND_KEYS =
      Map.of(
          StepKind.PAGE, List.of(),
          StepKind.VIDEO, List.of("video"),
          StepKind.QUIZ, List.of("passPercent", "questions"),
          StepKind.REFLECTION, List.of("prompt", "minWords", "visibility"),
          StepKind.WORKSHOP, List.of("phase"),
          StepKind.FORUM, List.of("space"),
          StepKind.RESOURCE, List.of("url"),
          StepKind.PUZZLE, List.of("puzzle"));

  private final String courseSlug;
  private final PackageLinks links;
  private final Optional<ProgramCatalog> catalog;

  StepReader(String courseSlug, PackageLinks links, Optional<ProgramCatalog> catalog) {
    this.courseSlug = courseSlug;
    this.links = links;
    this.catalog = catalog;
  }

  /** A reader of translations into this language: links lead to translated assets first. */
  StepReader in(String language) {
    return new StepReader(courseSlug, links.in(language), catalog);
  }

  /**
   * @param moduleFolder the step's folder relative to the course folder, for resolving links
   */
  Optional<Step> read(
      Path file, String name, String key, String moduleFolder, List<Problem> problems) {
    int before = problems.size();
    Optional<String> text = TextFile.read(file, name, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(text.get(), name, problems);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter parts = split.get();
    Optional<YamlMap> front =
        Yaml.parse(parts.yaml(), name, 1, problems)
            .flatMap(
                node ->
                    YamlMap.of(
                        node, name, 1, problems, Message.of("content.problem.part.front_matter")));
    if (front.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = front.get();
    Optional<StepKind> kind = yaml.requiredChoice("kind", StepKind.class);
    List<String> allowed = new ArrayList<>(COMMON);
    kind.ifPresentOrElse(
        value -> allowed.addAll(KIND_KEYS.get(value)),
        () -> KIND_KEYS.values().forEach(allowed::addAll));
    yaml.allowOnly(allowed);
    Optional<String> title = yaml.requiredText("title", 120);
    boolean required = yaml.bool("required").orElse(true);
    Optional<Integer> minutes = minutes(yaml);

    Function<String, Optional<String>> assetUrl = link -> links.any(moduleFolder, link);
    String html =
        StepMarkdown.render(parts.body(), name, parts.bodyLine(), title, assetUrl, problems);
    Optional<StepDetails> details =
        kind.flatMap(value -> details(value, yaml, parts, moduleFolder, problems));

    if (problems.size() > before
        || kind.isEmpty()
        || title.isEmpty()
        || minutes.isEmpty()
        || details.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Step(
            key,
            kind.get(),
            title.get(),
            required,
            minutes.get(),
            parts.body(),
            html,
            details.get(),
            name));
  }

  private Optional<StepDetails> details(
      StepKind kind, YamlMap yaml, FrontMatter parts, String moduleFolder, List<Problem> problems) {
    switch (kind) {
      case PAGE:
        if (parts.body().isBlank()) {
          yaml.problemHere("content.problem.step.page_body");
          return Optional.empty();
        }
        return Optional.of(new StepDetails.Page());
      case VIDEO:
        return video(yaml, parts, moduleFolder);
      case QUIZ:
        return QuizReader.read(yaml);
      case PUZZLE:
        return PuzzleReader.read(yaml);
      case REFLECTION:
        return reflection(yaml);
      case WORKSHOP:
        return workshop(yaml);
      case FORUM:
        return forum(yaml);
      case RESOURCE:
        return yaml.requiredText("url")
            .filter(url -> webUrl(yaml, "url", url))
            .map(StepDetails.Resource::new);
      default:
        throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  /** Required: module times and course hours are summed from the steps' minutes. */
  private static Optional<Integer> minutes(YamlMap yaml) {
    if (!yaml.has("minutes")) {
      yaml.problemHere("content.problem.step.no_minutes");
      return Optional.empty();
    }
    return yaml.integer("minutes", 1, 600);
  }

  private Optional<StepDetails> video(YamlMap yaml, FrontMatter parts, String moduleFolder) {
    if (!yaml.has("video")) {
      yaml.requiredText("video");
      return Optional.empty();
    }
    if (parts.body().isBlank()) {
      yaml.problemHere("content.problem.step.video_body");
    }
    return yaml.nested("video")
        .flatMap(
            video -> {
              video.allowOnly(List.of("url", "captions", "durationSeconds"));
              Optional<String> url =
                  video.requiredText("url").flatMap(value -> mediaUrl(video, moduleFolder, value));
              Optional<String> captions =
                  video
                      .requiredText("captions")
                      .flatMap(
                          value -> {
                            if (!value.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
                              video.problem("captions", "content.problem.step.captions_type");
                              return Optional.empty();
                            }
                            Optional<String> served = assetUrl(moduleFolder, value);
                            if (served.isEmpty()) {
                              video.problem(
                                  "captions", "content.problem.step.captions_missing", value);
                            }
                            return served;
                          });
              Integer duration = video.integer("durationSeconds", 1, 36000).orElse(null);
              if (url.isEmpty() || captions.isEmpty() || parts.body().isBlank()) {
                return Optional.empty();
              }
              return Optional.of(new StepDetails.Video(url.get(), captions.get(), duration));
            });
  }

  /**
   * A video is a clip of the package ({@code .mp4} or {@code .webm} in {@code assets/}) or an embed
   * on one of the two hosts the page may frame (the Content-Security-Policy names no other).
   */
  private Optional<String> mediaUrl(YamlMap video, String moduleFolder, String value) {
    if (value.toLowerCase(Locale.ROOT).startsWith("https://")) {
      if (StepDetails.Video.EMBED.matcher(value).matches()) {
        return Optional.of(value);
      }
      video.problem("url", "content.problem.step.video_url", value);
      return Optional.empty();
    }
    Optional<String> served =
        assetUrl(moduleFolder, value).filter(url -> url.endsWith(".mp4") || url.endsWith(".webm"));
    if (served.isEmpty()) {
      video.problem("url", "content.problem.step.video_url", value);
    }
    return served;
  }

  private Optional<StepDetails> reflection(YamlMap yaml) {
    Optional<String> prompt = yaml.requiredText("prompt");
    int minWords = yaml.integer("minWords", 0, 2000).orElse(0);
    Visibility visibility = yaml.choice("visibility", Visibility.class).orElse(Visibility.PRIVATE);
    return prompt.map(text -> new StepDetails.Reflection(text, minWords, visibility));
  }

  private Optional<StepDetails> workshop(YamlMap yaml) {
    return yaml.requiredText("phase")
        .flatMap(
            reference -> {
              String[] parts = reference.split("/");
              if (parts.length != 2 || !parts[1].matches("\\d{1,2}")) {
                yaml.problem("phase", "content.problem.step.phase_format", reference);
                return Optional.empty();
              }
              int number = Integer.parseInt(parts[1]);
              if (catalog.isEmpty()) {
                yaml.problem("phase", "content.problem.step.phase_unchecked", reference);
                return Optional.empty();
              }
              if (catalog.get().phase(parts[0], number).isEmpty()) {
                yaml.problem("phase", "content.problem.step.no_phase", reference);
                return Optional.empty();
              }
              return Optional.of(new StepDetails.Workshop(parts[0], number));
            });
  }

  private Optional<StepDetails> forum(YamlMap yaml) {
    return yaml.requiredText("space")
        .flatMap(
            space -> {
              if (space.equals("course")) {
                return Optional.of(new StepDetails.Forum(space));
              }
              if (catalog.isEmpty()) {
                yaml.problem("space", "content.problem.step.space_unchecked", space);
                return Optional.empty();
              }
              if (!catalog.get().hasSpace(space)) {
                yaml.problem("space", "content.problem.step.no_space", space);
                return Optional.empty();
              }
              return Optional.of(new StepDetails.Forum(space));
            });
  }

  static boolean webUrl(YamlMap yaml, String key, String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      return true;
    }
    yaml.problem(key, "content.problem.step.web_url", key, url);
    return false;
  }

  /** The served URL of a link written relative to the step file, when it names an asset. */
  private Optional<String> assetUrl(String moduleFolder, String link) {
    return links.asset(moduleFolder, link);
  }

  /** The parts of a step file: the YAML between the two --- lines, and the Markdown after. */
  record FrontMatter(String yaml, String body, int bodyLine) {

    static Optional<FrontMatter> split(String text, String name, List<Problem> problems) {
      String[] lines = text.split("\r?\n", -1);
      if (lines.length == 0 || !lines[0].strip().equals("---")) {
        problems.add(Problem.at(name, 1, 1, "content.problem.step.no_front_matter"));
        return Optional.empty();
      }
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].strip().equals("---")) {
          String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
          String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
          return Optional.of(new FrontMatter(yaml, body, i + 1));
        }
      }
      problems.add(Problem.at(name, 1, 1, "content.problem.step.front_matter_open"));
      return Optional.empty();
    }
  }
}
