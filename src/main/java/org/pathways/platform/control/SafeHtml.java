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

  private SafeHtml() {}

  /** HTML rendered from Markdown, with everything that could run or restyle the page removed. */
  public static String fromMarkdownHtml(String html) {
    return MARKDOWN.sanitize(html);
  }
}
