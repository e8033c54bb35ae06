package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.TestDatabases;

/**
 * The API describes itself: a document a real OpenAPI parser accepts, with a summary on every
 * operation, the bearer scheme on every call that needs a token, every call of the version-1
 * contract ({@code shared/docs/api.md}), its media types, and a browsable page.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  /** The calls of the version-1 tables of the API contract, path parameters as {}. */
  static final List<String> VERSION_1 =
      List.of(
          "POST /api/accounts",
          "POST /api/tokens",
          "POST /api/partnership-inquiries",
          "DELETE /api/tokens/current",
          "GET /api/me",
          "GET /api/me/export",
          "DELETE /api/me",
          "PUT /api/users/{}/roles",
          "GET /api/programs",
          "GET /api/courses",
          "GET /api/courses/{}",
          "GET /api/courses/{}/steps/{}",
          "POST /api/enrollments",
          "GET /api/enrollments",
          "GET /api/enrollments/{}",
          "PUT /api/enrollments/{}/steps/{}/completion",
          "GET /api/enrollments/{}/certificate",
          "GET /api/certificates/{}",
          "POST /api/cohorts",
          "GET /api/cohorts/{}",
          "GET /api/cohorts/{}/reflections",
          "POST /api/reflections/{}/feedback",
          "PUT /api/enrollments/{}/reflections/{}/draft",
          "POST /api/enrollments/{}/reflections/{}/submissions",
          "GET /api/enrollments/{}/reflections",
          "GET /api/enrollments/{}/reflections/journal",
          "GET /api/workshops",
          "POST /api/workshops",
          "PUT /api/workshops/{}",
          "GET /api/workshops/{}",
          "GET /api/workshops/{}/calendar.ics",
          "POST /api/workshops/{}/registrations",
          "DELETE /api/workshops/{}/registrations/mine",
          "POST /api/workshops/{}/attendance",
          "GET /api/me/journey",
          "GET /api/me/calendar-feed",
          "GET /api/forum/spaces",
          "GET /api/forum/spaces/{}/threads",
          "POST /api/forum/spaces/{}/threads",
          "GET /api/forum/threads/{}",
          "POST /api/forum/threads/{}/posts",
          "PUT /api/forum/posts/{}",
          "POST /api/forum/posts/{}/reports",
          "GET /api/courses/{}/steps/{}/discussion",
          "GET /api/admin/content",
          "POST /api/admin/content/reload",
          // Additions, version 2, that exist today:
          "PUT /api/cohorts/{}/facilitators",
          "GET /api/me/transcript",
          "GET /api/me/events");

  /** Calls anyone may make without a token (a token, where sent, may add to the answer). */
  static final Set<String> PUBLIC =
      Set.of(
          "POST /api/accounts",
          "POST /api/tokens",
          "POST /api/partnership-inquiries",
          "GET /api/programs",
          "GET /api/courses",
          "GET /api/courses/{}",
          "GET /api/certificates/{}",
          "GET /api/certificates/{}/credential",
          "GET /api/issuer",
          "GET /api/issuer/jwks",
          "GET /api/issuer/status/{}",
          "GET /api/transcripts/{}",
          "GET /api/calendar-feeds/{}.ics",
          "GET /api/workshops",
          "GET /api/workshops/{}",
          "GET /api/workshops/{}/calendar.ics");

  /**
   * Payara 6 adds its own top-level {@code endpoints} field, which is not OpenAPI (Payara prefixes
   * it with x- from FISH-12303 on); nothing else may be reported.
   */
  static final String PAYARA_ENDPOINTS = "attribute endpoints is unexpected";

  private static EmbeddedDatabase database;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    database = TestDatabases.temporary();
    return Deployments.pathways(database.jdbcUrl());
  }

  @BeforeEach
  void awaitReady() {
    Http.awaitReady(base);
  }

  @Test
  void theDocumentParsesWithoutMessagesAsYamlAndAsJson() {
    for (String accept : new String[] {null, "application/json"}) {
      SwaggerParseResult parsed = parse(fetch("/openapi", accept).body());

      assertThat(parsed.getMessages()).as("Accept " + accept).isSubsetOf(PAYARA_ENDPOINTS);
      assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }
  }

  @Test
  void everyOperationHasASummary() {
    List<String> without = new ArrayList<>();
    operations(document())
        .forEach(
            (call, operation) -> {
              if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                without.add(call);
              }
            });

    assertThat(without).isEmpty();
  }

  @Test
  void callsThatNeedATokenDeclareTheBearerSchemeAndPublicOnesDoNot() {
    OpenAPI document = document();
    assertThat(document.getComponents().getSecuritySchemes())
        .hasEntrySatisfying(
            PathwaysApi.BEARER,
            scheme -> {
              assertThat(scheme.getType().toString()).isEqualTo("http");
              assertThat(scheme.getScheme()).isEqualTo("bearer");
            });
    List<String> wrong = new ArrayList<>();
    operations(document)
        .forEach(
            (call, operation) -> {
              boolean bearer =
                  operation.getSecurity() != null
                      && operation.getSecurity().stream()
                          .anyMatch(r -> r.containsKey(PathwaysApi.BEARER));
              if (bearer == PUBLIC.contains(call)) {
                wrong.add(
                    call + (bearer ? " is public but asks for a token" : " lacks the bearer"));
              }
            });

    assertThat(wrong).isEmpty();
  }

  @Test
  void everyCallOfVersionOneIsDescribed() {
    assertThat(operations(document()).keySet()).containsAll(VERSION_1);
  }

  @Test
  void errorAnswersAreProblemDetails() {
    OpenAPI document = document();
    assertThat(document.getComponents().getSchemas().get("Problem").getProperties())
        .containsKeys("type", "title", "status", "detail", "errors");
    var thread = document.getPaths().get("/api/forum/threads/{id}/posts").getPost();

    assertThat(thread.getResponses()).containsKeys("400", "401", "403", "404", "409", "413", "429");
    assertThat(thread.getResponses().get("404").getContent())
        .containsKey("application/problem+json");
    assertThat(document.getPaths().get("/api/programs").getGet().getResponses())
        .doesNotContainKeys("401", "403", "404");
  }

  @Test
  void yamlAndJsonGoOutWithTheirMediaTypes() {
    assertThat(fetch("/openapi", null).headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
    for (String yaml : new String[] {"application/yaml", "text/yaml"}) {
      var answer = fetch("/openapi", yaml);
      assertThat(answer.statusCode()).as(yaml).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
      assertThat(answer.body()).startsWith("openapi:");
    }
    for (String[] json :
        new String[][] {{"/openapi", "application/json"}, {"/openapi?format=JSON", null}}) {
      var answer = fetch(json[0], json[1]);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(answer.body()).startsWith("{");
    }
  }

  @Test
  void theBrowsablePageServesSwaggerUiFromThePlatform() {
    var page = fetch("/api-docs/", "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "/webjars/swagger-ui/",
            "swagger-ui-bundle.js",
            "api-docs.js",
            "data-document=\"/openapi\"")
        .doesNotContain("src=\"http", "href=\"http", "<script>");
    assertThat(fetch("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", null).statusCode())
        .isEqualTo(200);
    assertThat(fetch("/", "text/html").body()).contains("href=\"/api-docs/\"");
  }

  @Test
  void aMalformedIdInAPathIsA404Problem() {
    for (String path :
        List.of(
            "/api/forum/threads/not-a-uuid",
            "/api/forum/posts/not-a-uuid/history",
            "/api/workshops/not-a-uuid",
            "/api/enrollments/not-a-uuid",
            "/api/enrollments/not-a-uuid/reflections",
            "/api/reflections/not-a-uuid/feedback",
            "/api/cohorts/not-a-uuid",
            "/api/cohorts/not-a-uuid/reflections",
            "/api/users/not-a-uuid")) {
      String method = path.endsWith("/feedback") ? "POST" : "GET";
      var answer =
          Http.json(method, Http.serverRoot(base, path), method.equals("POST") ? "{}" : null, null);

      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type"))
          .as(path)
          .hasValue("application/problem+json");
      assertThat(answer.body()).as(path).contains("\"status\":404");
    }
  }

  private HttpResponse<String> fetch(String path, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(Http.serverRoot(base, path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return Http.send(request.build());
  }

  private static SwaggerParseResult parse(String text) {
    return new OpenAPIV3Parser().readContents(text, null, null);
  }

  private OpenAPI document() {
    return parse(fetch("/openapi", null).body()).getOpenAPI();
  }

  /** Every operation under "METHOD /path", path parameters written {}. */
  private static Map<String, Operation> operations(OpenAPI document) {
    Map<String, Operation> all = new java.util.TreeMap<>();
    document
        .getPaths()
        .forEach(
            (path, item) -> {
              String general = path.replaceAll("\\{[^}]+}", "{}");
              for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                  item.readOperationsMap().entrySet()) {
                all.put(operation.getKey() + " " + general, operation.getValue());
              }
            });
    return all;
  }
}
