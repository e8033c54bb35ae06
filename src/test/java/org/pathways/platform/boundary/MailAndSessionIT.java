package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.ForgedHost;
import org.pathways.testing.Http;

/**
 * With an SMTP server configured, mail goes out through Jakarta Mail and the outbox says so; and a
 * page session ends at its absolute limit (shortened here to a few seconds).
 */
class MailAndSessionIT extends DeployedPlatform {

  private static GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    int port = EmbeddedDatabase.freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.setUser("mailer@pathways.test", "mailer", "smtp secret");
    smtp.start();
    return deploy(
        Map.of(
            "pathways.mail.smtp.host", "127.0.0.1",
            "pathways.mail.smtp.port", String.valueOf(port),
            "pathways.mail.smtp.user", "mailer",
            "pathways.mail.smtp.password", "smtp secret",
            "pathways.public-url", "http://pathways.test",
            "pathways.session.absolute-seconds", "6"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void aPasswordResetLinkIsMailedThroughTheSmtpServer() throws Exception {
    Http.awaitReady(base);
    Http.json(
        "POST",
        Http.serverRoot(base, "/api/accounts"),
        "{\"email\":\"kim@school.test\",\"password\":\"a long winter night\",\"name\":\"Kim\"}",
        null);

    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    URI forgot = Http.serverRoot(base, "/identity/forgot.xhtml");
    String form =
        browser
            .send(HttpRequest.newBuilder(forgot).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertThat(viewState.find()).isTrue();
    String body =
        "forgot=forgot&forgot%3Aemail=kim%40school.test&forgot%3Asubmit=Send&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    var sent =
        browser.send(
            HttpRequest.newBuilder(forgot)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(sent.body()).contains("is on its way");

    MimeMessage message =
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(10))
            .until(
                () ->
                    java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipient(m).equals("kim@school.test"))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("kim@school.test");
    assertThat(message.getSubject()).isEqualTo("Reset your Pathways password");
    assertThat((String) message.getContent())
        .contains("http://pathways.test/identity/reset.xhtml?token=");
    // The link is mailed after the page answered, so the outbox is marked a moment later.
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              try (Connection connection = database.dataSource().getConnection();
                  ResultSet rows =
                      connection
                          .createStatement()
                          .executeQuery(
                              "select sent_at from mail_outbox where recipient = 'kim@school.test'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getTimestamp(1)).as("marked sent").isNotNull();
              }
            });
  }

  @Test
  void aForgedHostHeaderCannotRedirectAResetLink() throws Exception {
    Http.awaitReady(base);
    Http.json(
        "POST",
        Http.serverRoot(base, "/api/accounts"),
        "{\"email\":\"sam@school.test\",\"password\":\"a long summer day\",\"name\":\"Sam\"}",
        null);

    Http.Raw sent =
        ForgedHost.askForResetLink(
            base, "sam@school.test", "Host", "evil.test:4443", "X-Forwarded-Host", "evil.test");
    assertThat(sent.body()).contains("is on its way");

    MimeMessage mail =
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(10))
            .until(
                () ->
                    java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipient(m).equals("sam@school.test"))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat((String) mail.getContent())
        .contains("http://pathways.test/identity/reset.xhtml?token=")
        .doesNotContain("evil.test");
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void overPlainHttpNoHstsIsSent() throws Exception {
    assertThat(Http.get(base.toURI()).headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void aPageSessionEndsAtItsAbsoluteLimitEvenWhileActive() throws Exception {
    Http.awaitReady(base);
    String email = "lee@school.test";
    Http.json(
        "POST",
        Http.serverRoot(base, "/api/accounts"),
        "{\"email\":\"lee@school.test\",\"password\":\"tulips in the spring\",\"name\":\"Lee\"}",
        null);
    java.net.http.HttpClient browser =
        java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    URI signIn = Http.serverRoot(base, "/identity/sign-in.xhtml");
    String form =
        browser
            .send(
                java.net.http.HttpRequest.newBuilder(signIn).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertThat(viewState.find()).isTrue();
    String body =
        "sign-in=sign-in&sign-in%3Aemail="
            + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
            + "&sign-in%3Apassword=tulips+in+the+spring&sign-in%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(
                viewState.group(1), java.nio.charset.StandardCharsets.UTF_8);
    var signedIn =
        browser.send(
            java.net.http.HttpRequest.newBuilder(signIn)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    URI profile = Http.serverRoot(base, "/identity/profile.xhtml");
    assertThat(
            browser
                .send(
                    java.net.http.HttpRequest.newBuilder(profile).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);

    Thread.sleep(7000);

    var expired =
        browser.send(
            java.net.http.HttpRequest.newBuilder(profile).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(expired.statusCode()).isEqualTo(302);
    assertThat(expired.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).contains("/identity/sign-in.xhtml"));
  }
}
