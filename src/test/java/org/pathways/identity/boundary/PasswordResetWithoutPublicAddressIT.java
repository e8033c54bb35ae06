package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Deployments;
import org.pathways.testing.ForgedHost;
import org.pathways.testing.Http;
import org.pathways.testing.TestDatabases;

/**
 * A platform started without PATHWAYS_PUBLIC_URL: it says so at /health/ready, and never builds a
 * mailed link from the request, whose Host header anyone can forge.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetWithoutPublicAddressIT {

  private static EmbeddedDatabase database;
  private static GreenMail smtp;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platformWithoutPublicAddress() throws Exception {
    database = TestDatabases.temporary();
    int port = EmbeddedDatabase.freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return Deployments.pathways(
        database.jdbcUrl(),
        Map.of(
            "pathways.mail.smtp.host", "127.0.0.1",
            "pathways.mail.smtp.port", String.valueOf(port),
            "pathways.public-url", ""));
  }

  @AfterAll
  static void stop() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void withoutAPublicAddressAForgedHostGetsNoResetLinkAndThePlatformSaysWhy() throws Exception {
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                Http.get(Http.serverRoot(base, "/health/ready"))
                    .body()
                    .contains("\"recorded\":\"yes\""));
    var ready = Http.get(Http.serverRoot(base, "/health/ready"));
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("\"public-url\"", "PATHWAYS_PUBLIC_URL is not set");

    Http.json(
        "POST",
        Http.serverRoot(base, "/api/accounts"),
        "{\"email\":\"ash@school.test\",\"password\":\"a long autumn walk\",\"name\":\"Ash\"}",
        null);
    Http.Raw answer = ForgedHost.askForResetLink(base, "ash@school.test", "Host", "evil.test");

    assertThat(answer.body()).contains("Password reset links cannot be sent right now");
    assertThat(smtp.waitForIncomingEmail(3_000, 1)).as("no mail at all").isFalse();
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("select count(*) from mail_outbox")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }
}
