package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathways.testing.ShippedContent.K5;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.pathways.content.entity.Step;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.TestDatabases;

/**
 * The platform talks to PostgreSQL through a TCP proxy that the test freezes: packets stop, nothing
 * is refused or closed, the way a network path dies. A teacher saving meanwhile gets the plain 503
 * answer within about 10 s (not after the whole outage), readiness says not-ready within its own
 * bound, and once packets flow again the same calls succeed and nothing saved before is lost.
 */
class DatabaseFreezeIT extends DeployedPlatform {

  /** What the issue asks: about 10 s (at most 12 s by the limits); the margin is for a busy box. */
  private static final Duration BOUND = Duration.ofSeconds(15);

  private static final String PLAIN_DETAIL =
      "We could not save that. Nothing you wrote is lost: please try again in a few seconds.";

  private static NioReactor reactor;
  private static TcpCrusher crusher;

  @Deployment(testable = false)
  static WebArchive platformBehindAProxy() throws IOException {
    database = TestDatabases.temporary();
    reactor = new NioReactor();
    int proxyPort = EmbeddedDatabase.freePort();
    crusher =
        TcpCrusherBuilder.builder()
            .withReactor(reactor)
            .withBindAddress("127.0.0.1", proxyPort)
            .withConnectAddress("127.0.0.1", database.port())
            .buildAndOpen();
    return Deployments.pathways(EmbeddedDatabase.jdbcUrl(proxyPort), administered());
  }

  @AfterAll
  static void closeProxy() {
    if (crusher != null) {
      crusher.close();
      reactor.close();
    }
  }

  @Test
  void savesDuringAFrozenDatabaseEndWithThePlainAnswerAndSucceedOnceItAnswersAgain()
      throws Exception {
    Api.Person teacher = api.signUp("Fran Freeze");
    String enrollment = enrol(teacher);
    List<Step> steps = ShippedContent.course(K5).modules().get(0).steps();
    Step reflection = ShippedContent.firstReflection(K5);
    Step first = steps.get(0);
    Step second = steps.get(1);
    assertThat(api.completeStep(teacher, enrollment, first).status()).isIn(200, 201);
    var saved = draft(teacher, enrollment, reflection, "Before the freeze", 0);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    PageSession pages = pagesOf(teacher);
    String stepPage = "/learning/step.xhtml?course=" + K5 + "&step=" + second.key();
    assertThat(pages.get(stepPage).statusCode()).isEqualTo(200);

    crusher.freeze();
    try {
      var completing = timed(() -> api.completeStep(teacher, enrollment, second));
      var drafting =
          timed(() -> draft(teacher, enrollment, reflection, "Written during the freeze", 1));
      var ready = timed(() -> new Api.Answer(Http.get(Http.serverRoot(base, "/health/ready"))));
      var page = timedPage(() -> pages.get(stepPage));

      // The figures the README quotes.
      System.out.printf(
          "Frozen database: completion %s, draft %s, readiness %s, page %s%n",
          completing.get().took(), drafting.get().took(), ready.get().took(), page.get().took());
      SoftAssertions soft = new SoftAssertions();
      for (Timed<Api.Answer> call : List.of(completing.get(), drafting.get())) {
        soft.assertThat(call.took()).as("a save ends within the bound").isLessThan(BOUND);
        soft.assertThat(call.value().status()).as(call.value().body()).isEqualTo(503);
        soft.assertThat(call.value().header("Retry-After")).isEqualTo("5");
        soft.assertThat(call.value().header("Content-Type")).startsWith("application/problem+json");
        soft.assertThat(call.value().json().getString("detail")).isEqualTo(PLAIN_DETAIL);
        soft.assertThat(call.value().json().getString("title"))
            .isEqualTo("Could not save right now");
      }
      soft.assertThat(ready.get().took()).as("the readiness probe is bounded").isLessThan(BOUND);
      soft.assertThat(ready.get().value().status()).isEqualTo(503);
      soft.assertThat(ready.get().value().body()).contains("\"reason\":\"not reachable\"");
      soft.assertThat(page.get().took()).as("a page ends within the bound").isLessThan(BOUND);
      soft.assertThat(page.get().value().statusCode()).isEqualTo(503);
      soft.assertThat(page.get().value().headers().firstValue("Retry-After")).hasValue("5");
      soft.assertThat(page.get().value().body()).contains("Nothing you wrote is lost");
      soft.assertThat(Http.get(Http.serverRoot(base, "/health/live")).statusCode())
          .as("a database that does not answer does not make the platform un-live")
          .isEqualTo(200);
      soft.assertAll();
    } finally {
      crusher.unfreeze();
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(Http.get(Http.serverRoot(base, "/health/ready")).statusCode())
                    .as("ready again by itself")
                    .isEqualTo(200));
    var completed = api.completeStep(teacher, enrollment, second);
    assertThat(completed.status()).as(completed.body()).isIn(200, 201);
    var drafted = draft(teacher, enrollment, reflection, "Written during the freeze", 1);
    assertThat(drafted.status())
        .as("the same save again succeeds: " + drafted.body())
        .isEqualTo(200);
    assertThat(pages.get(stepPage).statusCode()).isEqualTo(200);

    JsonObject progress = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    assertThat(stateOf(progress, first.key())).as("saved before: not lost").isEqualTo("COMPLETED");
    assertThat(stateOf(progress, second.key())).isEqualTo("COMPLETED");
    JsonObject prompt =
        api
            .get("/api/enrollments/" + enrollment + "/reflections", teacher.token())
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("stepKey").equals(reflection.key()))
            .findFirst()
            .orElseThrow();
    assertThat(prompt.getJsonObject("draft").getString("text"))
        .isEqualTo("Written during the freeze");
  }

  private String enrol(Api.Person teacher) {
    var enrolled = api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private Api.Answer draft(
      Api.Person teacher, String enrollment, Step step, String text, int revision) {
    return api.call(
        "PUT",
        "/api/enrollments/" + enrollment + "/reflections/" + step.key() + "/draft",
        Api.object("text", text, "revision", revision),
        teacher.token());
  }

  private static String stateOf(JsonObject progress, String step) {
    return progress.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
        .flatMap(m -> m.getJsonArray("steps").getValuesAs(JsonObject.class).stream())
        .filter(s -> s.getString("key").equals(step))
        .findFirst()
        .orElseThrow()
        .getString("state");
  }

  record Timed<T>(T value, Duration took) {}

  /** Runs the call on its own thread, so that the calls during the freeze run at once. */
  private static <T> CompletableFuture<Timed<T>> timed(Supplier<T> call) {
    return CompletableFuture.supplyAsync(
        () -> {
          long start = System.nanoTime();
          T value = call.get();
          return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
        });
  }

  private static CompletableFuture<Timed<HttpResponse<String>>> timedPage(
      Supplier<HttpResponse<String>> call) {
    return timed(call);
  }
}
