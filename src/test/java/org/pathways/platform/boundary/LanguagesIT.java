package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.platform.control.Languages;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/** English or Spanish: the reader's choice, else their browser's, on pages and API problems. */
class LanguagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy();
  }

  @Test
  void aBrowserThatAsksForSpanishGetsPagesInSpanish() {
    HttpResponse<String> home =
        Http.send(
            HttpRequest.newBuilder(Http.serverRoot(base, "/"))
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .build());

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("lang=\"es\"", "<title>Inicio · Pathways</title>");

    HttpResponse<String> english =
        Http.send(
            HttpRequest.newBuilder(Http.serverRoot(base, "/"))
                .header("Accept-Language", "fr-CA,fr;q=0.9")
                .build());
    assertThat(english.body()).contains("lang=\"en\"", "<title>Home · Pathways</title>");
  }

  @Test
  void theSwitchInTheHeaderChangesTheLanguageByKeyboardAndStaysOnThePage() throws Exception {
    try (Browser browser = Browser.open()) {
      ChromeDriver page = browser.driver();
      page.get(page("/catalog/index.xhtml"));
      assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      assertThat(page.findElement(By.id("language-en")).getAttribute("aria-pressed"))
          .isEqualTo("true");

      browser.tabTo("language-es");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

      assertThat(page.getCurrentUrl()).contains("/catalog/index.xhtml");
      assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Cursos y programas");
      assertThat(page.findElement(By.id("language-es")).getAttribute("aria-pressed"))
          .isEqualTo("true");
      assertThat(page.findElement(By.id("language-es")).getAttribute("lang")).isEqualTo("es");
      browser.assertAccessible();
      browser.assertNoCspViolations();

      page.get(page("/"));
      assertThat(page.getTitle()).as("the choice is kept").isEqualTo("Inicio · Pathways");

      browser.tabTo("language-en");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      assertThat(page.getTitle()).isEqualTo("Home · Pathways");
    }
  }

  @Test
  void theSwitchTakesOnlyAKnownLanguageByPostAndReturnsOnlyToThisSite() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> chosen = post(client, "lang=es&back=%2Fworkshops%2Findex.xhtml%3Fq%3Dx");
    assertThat(chosen.statusCode()).isEqualTo(303);
    assertThat(chosen.headers().firstValue("Location")).hasValue("/workshops/index.xhtml?q=x");
    assertThat(chosen.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            cookie ->
                assertThat(cookie)
                    .startsWith(ReaderLanguage.COOKIE + "=es")
                    .contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000"));

    assertThat(post(client, "lang=es&back=%2F%2Fevil.example%2F").headers().firstValue("Location"))
        .hasValue("/");
    assertThat(post(client, "lang=xx&back=%2F").statusCode()).isEqualTo(400);
    assertThat(post(client, "back=%2F").statusCode()).isEqualTo(400);
    assertThat(Http.get(Http.serverRoot(base, "/language?lang=es")).statusCode())
        .as("no change on GET")
        .isEqualTo(405);
  }

  @Test
  void anApiProblemIsWrittenInTheLanguageTheCallerAccepts() {
    HttpResponse<String> spanish =
        Http.send(
            HttpRequest.newBuilder(Http.serverRoot(base, "/api/courses/no-such-course"))
                .header("Accept", "application/json")
                .header("Accept-Language", "es-US,es;q=0.9")
                .build());

    assertThat(spanish.statusCode()).isEqualTo(404);
    assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
    assertThat(spanish.body())
        .contains(
            "\"title\":\""
                + Texts.in(Languages.SPANISH, Message.of("platform.problem.reason.not_found"))
                + "\"");

    HttpResponse<String> english =
        Http.send(
            HttpRequest.newBuilder(Http.serverRoot(base, "/api/courses/no-such-course"))
                .header("Accept", "application/json")
                .build());
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(english.body()).contains("\"title\":\"Not found\"");
  }

  private HttpResponse<String> post(HttpClient client, String form) throws Exception {
    return client.send(
        HttpRequest.newBuilder(Http.serverRoot(base, "/language"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
