package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.TestDatabases;

/**
 * The platform on Payara Micro, started before its database exists: it must keep running, report
 * not-ready, become ready when the database appears, and do so again after the database goes away
 * and comes back, all without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  private static final int DATABASE_PORT = EmbeddedDatabase.freePort();
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platformWhoseDatabaseIsNotThereYet() {
    return Deployments.pathways(EmbeddedDatabase.jdbcUrl(DATABASE_PORT));
  }

  @Test
  void becomesReadyWhenTheDatabaseAppearsAndRecoversAfterItGoesAway() throws Exception {
    assertThat(Http.get(Http.serverRoot(base, "/health/live")).statusCode()).isEqualTo(200);
    var notReady = Http.get(Http.serverRoot(base, "/health/ready"));
    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(notReady.body())
        .as("anyone may ask: the answer tells nobody where the database is or what it said")
        .contains("\"database\"", "DOWN", "\"reason\":\"not reachable\"")
        .doesNotContain(String.valueOf(DATABASE_PORT), "jdbc:", "localhost", "onnection");
    assertThat(Http.get(base.toURI()).statusCode()).as("pages are served meanwhile").isEqualTo(200);

    Path data = TestDatabases.folder("readiness-");
    try (EmbeddedDatabase first = EmbeddedDatabase.start(data, DATABASE_PORT)) {
      awaitReadiness(200);
      assertThat(Http.get(Http.serverRoot(base, "/health/ready")).body())
          .as("the schema is migrated and JPA, deployed while the database was away, now writes")
          .contains("up to date", "\"recorded\":\"yes\"");
    }

    awaitReadiness(503);
    assertThat(Http.get(Http.serverRoot(base, "/health/live")).statusCode())
        .as("a database that is away does not make the platform un-live")
        .isEqualTo(200);

    try (EmbeddedDatabase back = EmbeddedDatabase.start(data, DATABASE_PORT)) {
      awaitReadiness(200);
    }
  }

  @Test
  void servesTheOpenApiDocument() {
    var document = Http.get(Http.serverRoot(base, "/openapi"));

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("openapi:", "title: Pathways API");
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    var home = Http.get(base.toURI());

    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline"));
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("Referrer-Policy")).isPresent();

    var toSignIn = Http.get(Http.serverRoot(base, "/learning/step.xhtml?course=c&step=s"));
    assertThat(toSignIn.statusCode()).as("a visitor is sent to sign in").isEqualTo(302);
    assertThat(toSignIn.headers().firstValue("Content-Security-Policy"))
        .as("the security headers come before any other filter answers")
        .isPresent();
    assertThat(toSignIn.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  private void awaitReadiness(int status) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(Http.get(Http.serverRoot(base, "/health/ready")).statusCode())
                    .isEqualTo(status));
  }
}
