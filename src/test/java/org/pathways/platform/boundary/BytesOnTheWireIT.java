package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;

/**
 * What teachers on slow school networks download: pages, API answers, stylesheets and scripts
 * compressed when the browser accepts gzip, files under {@code resources/} cached for a year at
 * addresses that name their content, and a step page with its stylesheet and scripts under 60 KB.
 */
class BytesOnTheWireIT extends DeployedPlatform {

  /** The step page's HTML, CSS and JavaScript together, compressed, in bytes. */
  private static final int PAGE_WEIGHT_BUDGET = 60 * 1024;

  private static final Pattern STYLESHEET =
      Pattern.compile("<link[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"");
  private static final Pattern SCRIPT = Pattern.compile("<script[^>]*src=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  @Test
  void pagesJsonStylesheetsAndScriptsAreCompressedOnlyForClientsThatAsk() throws Exception {
    String home = text(get("/", "Accept-Encoding", "gzip, deflate"));
    String stylesheet = first(STYLESHEET, home);
    List<String> compressible =
        List.of(
            "/", "/api/courses/" + K5, stylesheet, "/jakarta.faces.resource/js/puzzle.js.xhtml");
    for (String path : compressible) {
      HttpResponse<byte[]> zipped = get(path, "Accept-Encoding", "gzip, deflate");
      assertThat(zipped.statusCode()).as(path).isEqualTo(200);
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
      assertThat(zipped.headers().allValues("Vary"))
          .as(path)
          .anyMatch(v -> v.contains("Accept-Encoding"));
      HttpResponse<byte[]> plain = get(path);
      assertThat(plain.statusCode()).as(path).isEqualTo(200);
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(plain.headers().allValues("Vary"))
          .as(path)
          .anyMatch(v -> v.contains("Accept-Encoding"));
      if (path.equals("/")) {
        // A page may differ between two requests (its forms' view state): the same page, then.
        assertThat(gunzip(zipped.body())).contains("<h1");
      } else {
        assertThat(gunzip(zipped.body()))
            .as(path)
            .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
      }
      assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 2);
    }
    assertThat(get(stylesheet).headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
  }

  @Test
  void stylesheetsAndScriptsAtTheirContentAddressAreImmutableAndOthersRevalidated() {
    String home = text(get("/"));
    String stylesheet = first(STYLESHEET, home);
    assertThat(stylesheet).startsWith("/jakarta.faces.resource/css/pathways.css.xhtml?h=");

    HttpResponse<byte[]> versioned = get(stylesheet);
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");

    String unversioned = stylesheet.substring(0, stylesheet.indexOf('?'));
    for (String path :
        List.of(
            unversioned,
            unversioned + "?h=0123456789abcdef",
            "/resources/css/pathways.css",
            "/resources/js/step.js")) {
      HttpResponse<byte[]> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().allValues("Cache-Control")).as(path).containsExactly("no-cache");
      assertThat(answer.headers().firstValue("Expires")).as(path).isEmpty();
    }
    assertThat(get("/jakarta.faces.resource/js/no-such-file.js.xhtml").statusCode()).isEqualTo(404);
  }

  @Test
  void theStepPageWithItsStylesheetAndScriptsStaysUnder60KilobytesCompressed() {
    Api.Person teacher = api.signUp("Wendy Weight");
    Api.Answer enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    PageSession pages = pagesOf(teacher);
    for (StepKind kind : List.of(StepKind.PAGE, StepKind.PUZZLE)) {
      Step step =
          ShippedContent.course(K5).modules().get(0).steps().stream()
              .filter(s -> s.kind() == kind)
              .findFirst()
              .orElseThrow();
      HttpResponse<byte[]> page =
          pages.bytes(
              "/learning/step.xhtml?course=" + K5 + "&step=" + step.key(),
              "Accept-Encoding",
              "gzip");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
      String html = gunzip(page.body());
      assertThat(html).contains(step.title());
      List<String> files = new ArrayList<>(all(STYLESHEET, html));
      files.addAll(all(SCRIPT, html));
      assertThat(files).as("the stylesheet and the step's scripts").hasSizeGreaterThanOrEqualTo(3);
      long total = page.body().length;
      StringBuilder weights = new StringBuilder("HTML " + page.body().length);
      for (String file : files) {
        HttpResponse<byte[]> answer = pages.bytes(file, "Accept-Encoding", "gzip");
        assertThat(answer.statusCode()).as(file).isEqualTo(200);
        total += answer.body().length;
        weights
            .append(", ")
            .append(file.replaceAll("\\?.*", ""))
            .append(' ')
            .append(answer.body().length);
      }
      System.out.printf("Step page weight (%s, gzip): %d bytes: %s%n", kind, total, weights);
      assertThat(total).as("%s step page: %s", kind, weights).isLessThan(PAGE_WEIGHT_BUDGET);
    }
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.serverRoot(base, path)).timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return Http.bytes(request.build());
  }

  private static String text(HttpResponse<byte[]> answer) {
    boolean zipped =
        answer.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
    return zipped ? gunzip(answer.body()) : new String(answer.body(), StandardCharsets.UTF_8);
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("not gzip", e);
    }
  }

  private static String first(Pattern pattern, String html) {
    List<String> found = all(pattern, html);
    assertThat(found).as(html).isNotEmpty();
    return found.get(0);
  }

  private static List<String> all(Pattern pattern, String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1).replace("&amp;", "&"));
    }
    return found;
  }
}
