package org.pathways.content.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.pathways.content.entity.Problem;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.entity.Message;

/**
 * Renders a step's Markdown (CommonMark with tables) to sanitized HTML, checking its links on the
 * way: a link to a package file must name an existing asset (and is pointed at its served URL), an
 * image must be a package asset with alt text, and only web and mail links go elsewhere. Heading
 * levels are kept ({@code ##} is {@code h2}) and checked by {@link StepHeadings}, since the step
 * title is the page's only {@code h1}.
 */
final class StepMarkdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

  private StepMarkdown() {}

  /**
   * @param assetUrl the served URL of a link destination relative to the step file, if it names an
   *     asset of the package
   * @param lineOffset lines of the file before the Markdown body
   * @param title the step's title, which the page shows as its heading
   */
  static String render(
      String markdown,
      String file,
      int lineOffset,
      Optional<String> title,
      Function<String, Optional<String>> assetUrl,
      List<Problem> problems) {
    return html(parse(markdown, file, lineOffset, title, assetUrl, problems));
  }

  /**
   * Parses and checks Markdown as {@link #render} does, with links already pointed at their served
   * URLs, for a reader that renders the document's blocks one by one with {@link #html}.
   */
  static Node parse(
      String markdown,
      String file,
      int lineOffset,
      Optional<String> title,
      Function<String, Optional<String>> assetUrl,
      List<Problem> problems) {
    Node document = PARSER.parse(markdown);
    BiConsumer<Node, Message> problem =
        (node, message) -> problems.add(at(node, file, lineOffset, message));
    document.accept(new BodyCheck(new StepHeadings(title, problem), assetUrl, problem));
    return document;
  }

  /** A parsed node (a document or one of its blocks) as sanitized HTML. */
  static String html(Node node) {
    return SafeHtml.fromMarkdownHtml(RENDERER.render(node));
  }

  static Problem at(Node node, String file, int lineOffset, Message message) {
    List<SourceSpan> spans = node.getSourceSpans();
    int line = spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
    return new Problem(file, line + lineOffset, column, message);
  }

  /** Checks headings, links and images in one pass, so problems come in the order of the file. */
  private static final class BodyCheck extends AbstractVisitor {
    private final StepHeadings headings;
    private final Function<String, Optional<String>> assetUrl;
    private final BiConsumer<Node, Message> problem;

    BodyCheck(
        StepHeadings headings,
        Function<String, Optional<String>> assetUrl,
        BiConsumer<Node, Message> problem) {
      this.headings = headings;
      this.assetUrl = assetUrl;
      this.problem = problem;
    }

    @Override
    public void visit(Heading heading) {
      headings.check(heading);
      visitChildren(heading);
    }

    @Override
    public void visit(Link link) {
      check(link, link.getDestination(), false).ifPresent(link::setDestination);
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      if (altText(image).isBlank()) {
        problem(image, "content.problem.markdown.no_alt");
      }
      check(image, image.getDestination(), true).ifPresent(image::setDestination);
    }

    private Optional<String> check(Node node, String destination, boolean image) {
      String lower = destination.toLowerCase(Locale.ROOT).strip();
      if (lower.isEmpty()) {
        problem(node, "content.problem.markdown.no_destination");
        return Optional.empty();
      }
      if (lower.startsWith("https://")
          || lower.startsWith("http://")
          || lower.startsWith("mailto:")) {
        if (image) {
          problem(node, "content.problem.markdown.image_elsewhere", destination);
        }
        return Optional.empty();
      }
      if (lower.startsWith("#") || (lower.startsWith("/") && !lower.startsWith("//"))) {
        return Optional.empty();
      }
      if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || lower.startsWith("//")) {
        problem(node, "content.problem.markdown.scheme", destination);
        return Optional.empty();
      }
      String path = destination.replaceAll("[?#].*$", "");
      String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
      Optional<String> url = assetUrl.apply(decoded);
      if (url.isEmpty()) {
        problem(node, "content.problem.markdown.not_asset", destination);
      }
      return url;
    }

    private static String altText(Image image) {
      StringBuilder alt = new StringBuilder();
      image.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text text) {
              alt.append(text.getLiteral());
            }
          });
      return alt.toString();
    }

    private void problem(Node node, String sentence, Object... arguments) {
      problem.accept(node, Message.of(sentence, arguments));
    }
  }
}
