package org.pathways.content.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.pathways.content.entity.Printable;
import org.pathways.content.entity.Printable.Card;
import org.pathways.content.entity.Printable.Part;
import org.pathways.content.entity.Problem;
import org.pathways.platform.entity.Message;

/**
 * Reads a package's {@code printables/} folder: one Markdown page per file, with a title and a
 * summary in its front matter, and two fenced blocks laid out for print: {@code cards} (cards
 * separated by {@code ---} lines, the first line of each its face) and {@code grid <caption>} (rows
 * of puzzle symbols).
 */
final class PrintableReader {

  static final String FOLDER = "printables";
  static final int MAX_CARDS = 60;
  static final int MAX_FACE = 40;
  static final int MAX_CARD_TEXT = 300;
  static final int MAX_GRID = 10;

  private PrintableReader() {}

  /**
   * The address of each printable's page, by name, for links; a file with a name that cannot be one
   * is a problem.
   *
   * @param pageBase the site's address with a trailing slash
   */
  static Map<String, String> addresses(
      Path courseDir, String slug, String pageBase, List<Problem> problems) {
    Map<String, String> found = new LinkedHashMap<>();
    for (Path file : files(courseDir, slug, problems)) {
      String fileName = file.getFileName().toString();
      Optional<String> original = TranslationFiles.originalOf(fileName);
      if (original.isPresent()) {
        if (!Files.isRegularFile(file.resolveSibling(original.get()))) {
          problems.add(
              Problem.inFile(
                  slug + "/" + FOLDER + "/" + fileName,
                  "content.problem.translation.orphan",
                  original.get()));
        }
        continue;
      }
      String name = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : "";
      if (!Files.isRegularFile(file) || !Slugs.valid(name)) {
        problems.add(
            Problem.inFile(
                slug + "/" + FOLDER + "/" + fileName,
                "content.problem.printable.name",
                Slugs.rule()));
        continue;
      }
      found.put(name, pageBase + "learning/printable.xhtml?course=" + slug + "&sheet=" + name);
    }
    return found;
  }

  /** Reads each printable {@link #addresses} found. */
  static Map<String, Printable> read(
      Path courseDir,
      String slug,
      Map<String, String> addresses,
      PackageLinks links,
      List<Problem> problems) {
    return read(courseDir, slug, addresses, links, problems, Optional.empty());
  }

  /**
   * The Spanish printables ({@code x.es.md} beside {@code x.md}), at their originals' addresses.
   */
  static Map<String, Printable> readTranslations(
      Path courseDir,
      String slug,
      Map<String, String> addresses,
      PackageLinks links,
      List<Problem> problems) {
    return read(
        courseDir, slug, addresses, links, problems, Optional.of(TranslationFiles.LANGUAGE));
  }

  /** The printables in their own language, or those translated into {@code language}. */
  private static Map<String, Printable> read(
      Path courseDir,
      String slug,
      Map<String, String> addresses,
      PackageLinks links,
      List<Problem> problems,
      Optional<String> language) {
    Map<String, Printable> read = new LinkedHashMap<>();
    addresses.forEach(
        (name, url) -> {
          String source =
              language.isEmpty() ? name + ".md" : TranslationFiles.translationOf(name + ".md");
          Path file = courseDir.resolve(FOLDER).resolve(source);
          if (language.isEmpty() || Files.isRegularFile(file)) {
            read(file, slug, name, source, url, links, problems)
                .ifPresent(printable -> read.put(name, printable));
          }
        });
    return read;
  }

  private static Optional<Printable> read(
      Path file,
      String slug,
      String name,
      String source,
      String url,
      PackageLinks links,
      List<Problem> problems) {
    String fileName = slug + "/" + FOLDER + "/" + source;
    int before = problems.size();
    Optional<StepReader.FrontMatter> split =
        TextFile.read(file, fileName, problems)
            .flatMap(text -> StepReader.FrontMatter.split(text, fileName, problems));
    if (split.isEmpty()) {
      return Optional.empty();
    }
    StepReader.FrontMatter parts = split.get();
    Optional<YamlMap> front =
        Yaml.parse(parts.yaml(), fileName, 1, problems)
            .flatMap(
                node ->
                    YamlMap.of(
                        node,
                        fileName,
                        1,
                        problems,
                        Message.of("content.problem.part.front_matter")));
    if (front.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = front.get();
    yaml.allowOnly(List.of("title", "summary"));
    Optional<String> title = yaml.requiredText("title", 120);
    Optional<String> summary = yaml.requiredText("summary", 300);
    if (parts.body().isBlank()) {
      yaml.problemHere("content.problem.printable.body");
    }
    Function<String, Optional<String>> link = target -> links.any(FOLDER, target);
    Node document =
        StepMarkdown.parse(parts.body(), fileName, parts.bodyLine(), title, link, problems);
    List<Part> body = parts(document, fileName, parts.bodyLine(), problems);
    if (problems.size() > before || title.isEmpty() || summary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Printable(name, title.get(), summary.get(), body, url));
  }

  /** The document's blocks in order: runs of Markdown as HTML, card and grid fences as layouts. */
  private static List<Part> parts(
      Node document, String file, int lineOffset, List<Problem> problems) {
    List<Part> parts = new ArrayList<>();
    Node run = new org.commonmark.node.Document();
    Node block = document.getFirstChild();
    while (block != null) {
      Node next = block.getNext();
      Optional<Part> layout = layout(block, file, lineOffset, problems);
      if (layout.isPresent() || isLayout(block)) {
        flush(run, parts);
        run = new org.commonmark.node.Document();
        layout.ifPresent(parts::add);
      } else {
        run.appendChild(block);
      }
      block = next;
    }
    flush(run, parts);
    return parts;
  }

  private static void flush(Node run, List<Part> parts) {
    if (run.getFirstChild() != null) {
      parts.add(new Printable.Html(StepMarkdown.html(run)));
    }
  }

  private static boolean isLayout(Node block) {
    return block instanceof FencedCodeBlock fence
        && (word(fence).equals("cards") || word(fence).equals("grid"));
  }

  private static String word(FencedCodeBlock fence) {
    String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
    return info.split("\\s+", 2)[0];
  }

  private static Optional<Part> layout(
      Node block, String file, int lineOffset, List<Problem> problems) {
    if (!isLayout(block)) {
      return Optional.empty();
    }
    FencedCodeBlock fence = (FencedCodeBlock) block;
    Function<String, Problem> problem =
        key -> StepMarkdown.at(fence, file, lineOffset, Message.of(key, limits()));
    Optional<Part> part =
        word(fence).equals("cards")
            ? cards(fence.getLiteral()).map(Part.class::cast)
            : grid(fence.getInfo().strip().substring(4).strip(), fence.getLiteral())
                .map(Part.class::cast);
    if (part.isEmpty()) {
      problems.add(
          problem.apply(
              word(fence).equals("cards")
                  ? "content.problem.printable.cards"
                  : "content.problem.printable.grid"));
    }
    return part;
  }

  private static Object[] limits() {
    return new Object[] {
      String.valueOf(MAX_CARDS),
      String.valueOf(MAX_FACE),
      String.valueOf(MAX_CARD_TEXT),
      String.valueOf(MAX_GRID)
    };
  }

  /** Cards separated by lines holding only {@code ---}: the first line the face, the rest text. */
  static Optional<Printable.Cards> cards(String literal) {
    List<Card> cards = new ArrayList<>();
    for (String chunk : literal.split("(?m)^[ \\t]*---[ \\t]*$", -1)) {
      List<String> lines = Arrays.stream(chunk.split("\n")).map(String::strip).toList();
      List<String> filled = lines.stream().filter(line -> !line.isEmpty()).toList();
      if (filled.isEmpty()) {
        return Optional.empty();
      }
      String face = filled.get(0);
      String text = String.join(" ", filled.subList(1, filled.size()));
      if (face.length() > MAX_FACE || text.length() > MAX_CARD_TEXT) {
        return Optional.empty();
      }
      cards.add(new Card(face, text));
    }
    return cards.isEmpty() || cards.size() > MAX_CARDS
        ? Optional.empty()
        : Optional.of(new Printable.Cards(cards));
  }

  /** A caption and rows of one length made of {@link Printable.Grid#SYMBOLS}. */
  static Optional<Printable.Grid> grid(String caption, String literal) {
    List<String> rows =
        Arrays.stream(literal.split("\n")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    boolean shaped =
        !rows.isEmpty()
            && rows.size() <= MAX_GRID
            && rows.get(0).length() <= MAX_GRID
            && rows.stream().allMatch(row -> row.length() == rows.get(0).length())
            && rows.stream()
                .allMatch(row -> row.chars().allMatch(c -> Printable.Grid.SYMBOLS.indexOf(c) >= 0));
    if (!shaped || caption.isBlank() || caption.length() > 120) {
      return Optional.empty();
    }
    return Optional.of(new Printable.Grid(caption, rows));
  }

  private static List<Path> files(Path courseDir, String slug, List<Problem> problems) {
    Path folder = courseDir.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      problems.add(
          Problem.inFile(slug + "/" + FOLDER, "content.problem.folder.unreadable", e.getMessage()));
      return List.of();
    }
  }
}
