package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy for text users write (forum posts, reflections): Markdown in, harmless HTML out. */
class SafeHtmlTest {

  static final List<String> ATTACKS =
      List.of(
          "<script>alert('x')</script>",
          "<img src=x onerror=alert(1)>",
          "[click](javascript:alert(1))",
          "[c](JaVaScRiPt:alert(1))",
          "[c](  javascript:alert(1))",
          "[data](data:text/html;base64,PHNjcmlwdD4=)",
          "<svg onload=alert(1)><circle r=1/></svg>",
          "<a href=\"https://ok.example\" style=\"background:url(javascript:alert(1))\">x</a>",
          "<div style=\"position:fixed\">overlay</div>",
          "<a href='x' onclick=\"alert(1)\"",
          "\"><script>alert(2)</script>",
          "<iframe src=\"https://evil.example\"></iframe>",
          "<p onmouseover=alert(3)>hover</p>",
          "![img](javascript:alert(4))",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(5)>",
          "<object data=\"x.swf\"></object>",
          "[x](vbscript:msgbox(1))");

  @Test
  void noAttackSurvivesAsMarkup() {
    for (String attack : ATTACKS) {
      String html = SafeHtml.fromUserMarkdown(attack).toLowerCase();
      assertThat(html)
          .as(attack)
          .doesNotContain(
              "<script", "<img", "<svg", "<iframe", "<style", "<object", "<math", "style=")
          .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
          .doesNotContainPattern("(href|src)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):");
    }
  }

  @Test
  void markdownFormattingSurvives() {
    String html =
        SafeHtml.fromUserMarkdown("**bold** *it* `code`\n\n> quoted\n\n- one\n- two\n\n~~old~~");
    assertThat(html)
        .contains("<strong>bold</strong>", "<em>it</em>", "<code>code</code>", "<blockquote>")
        .contains("<ul>", "<li>one</li>");
  }

  @Test
  void linksKeepSafeSchemesAndGetRelAttributes() {
    String html = SafeHtml.fromUserMarkdown("[site](https://example.org) [mail](mailto:a@b.org)");
    assertThat(html).contains("href=\"https://example.org\"", "href=\"mailto:a&#64;b.org\"");
    assertThat(html).contains("nofollow").contains("ugc").contains("noopener");
  }

  @Test
  void rawHtmlIsShownAsText() {
    assertThat(SafeHtml.fromUserMarkdown("<b>bold?</b>")).contains("&lt;b&gt;bold?&lt;/b&gt;");
  }
}
