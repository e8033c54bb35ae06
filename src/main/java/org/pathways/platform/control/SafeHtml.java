package org.pathways.platform.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one HTML policy for everything rendered from Markdown: course steps, reflections and forum
 * posts. Script, event handlers, styles, frames, forms and {@code javascript:} or {@code data:}
 * URLs never survive it (OWASP Java HTML Sanitizer).
 */
public final class SafeHtml {

  private static final PolicyFactory MARKDOWN =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "blockquote",
              "pre",
              "code",
              "em",
              "strong",
              "del",
              "hr",
              "br",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href", "title")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("\\d{1,6}"))
          .onElements("ol")
          .allowAttributes("class")
          .matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}"))
          .onElements("code")
          .toFactory();

  /** What people write (reflections, posts): text formatting and links, nothing else. */
  private static final PolicyFactory USER_TEXT =
      new HtmlPolicyBuilder()
          .allowElements(
              "p", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del", "br", "a")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
          .toFactory();

  private static final org.commonmark.parser.Parser USER_PARSER =
      org.commonmark.parser.Parser.builder().build();

  private static final org.commonmark.renderer.html.HtmlRenderer USER_RENDERER =
      org.commonmark.renderer.html.HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .softbreak("<br />")
          .build();

  private SafeHtml() {}

  /**
   * A person's text with simple Markdown, as safe HTML: raw HTML is shown as text, links keep only
   * http, https and mailto and get rel="nofollow ugc noopener noreferrer", and nothing else that
   * could run, load or restyle anything survives.
   */
  public static String fromUserMarkdown(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return USER_TEXT.sanitize(USER_RENDERER.render(USER_PARSER.parse(markdown)));
  }

  /** HTML rendered from Markdown, with everything that could run or restyle the page removed. */
  public static String fromMarkdownHtml(String html) {
    return MARKDOWN.sanitize(html);
  }
}
