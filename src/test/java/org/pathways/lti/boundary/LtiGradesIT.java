package org.pathways.lti.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;

/**
 * Grades back to the LMS through Assignment and Grade Services. The test platform (the JDK's HTTP
 * server) serves its key set, a token endpoint that verifies the tool's client assertion against
 * the tool's published keys, and a scores endpoint that records every score it accepts. The
 * background sweep is off; the test runs it through the administrators' API.
 */
class LtiGradesIT extends DeployedPlatform {

  private static final String PUBLIC_URL = "https://pathways.test";
  private static final String LAUNCH = PUBLIC_URL + "/lti/launch";
  private static final String COURSE = ShippedContent.K5;
  private static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  private static final RSAKey PLATFORM_KEY = key();

  /** Scores the platform accepted, as parsed bodies, by line item path. */
  private static final List<Map<String, Object>> SCORES = new CopyOnWriteArrayList<>();

  /** What the platform refused and why: none expected. */
  private static final List<String> PROBLEMS = new CopyOnWriteArrayList<>();

  private static final AtomicInteger TOKENS_ISSUED = new AtomicInteger();
  private static final AtomicInteger FAILURES_TO_ANSWER = new AtomicInteger();
  private static final Map<String, String> ISSUED = new java.util.concurrent.ConcurrentHashMap<>();
  private static volatile URI toolKeys;

  private static final HttpServer PLATFORM = testPlatform();
  private static final String ISSUER = "http://127.0.0.1:" + PLATFORM.getAddress().getPort();

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered("pathways.public-url", PUBLIC_URL, "pathways.lti.grade-minutes", "0"));
  }

  @AfterAll
  static void stopPlatform() {
    PLATFORM.stop(0);
  }

  @Test
  void progressAndCompletionReachTheGradebookOnceAndAFailedSendIsRetriedLater() throws Exception {
    toolKeys = Http.serverRoot(base, "/lti/jwks");
    String clientId = registered();
    Api.Person teacher = api.signUp("Gina Grades");
    String sub = "lms-user-" + UUID.randomUUID();
    link(teacher, sub);
    String lineItem = ISSUER + "/items/" + UUID.randomUUID() + "/lineitem?type_id=3";

    Browser browser = new Browser();
    String state = browser.login(clientId);
    HttpResponse<String> launched =
        browser.launch(
            state, sign(claims(clientId, browser.nonce, sub, teacher.email(), lineItem)));
    assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
    assertThat(launched.headers().firstValue("Location"))
        .hasValue("/learning/course.xhtml?slug=" + COURSE);
    assertThat(
            query("select lms_user from lti_grade_link where account_id = ?::uuid", teacher.id()))
        .containsExactly(sub);

    // Nothing done yet: the first score is 0, in progress.
    assertThat(sweep()).isEqualTo(1);
    assertThat(SCORES).hasSize(1);
    assertThat(SCORES.get(0))
        .containsEntry("userId", sub)
        .containsEntry("scoreMaximum", 1L)
        .containsEntry("activityProgress", "InProgress")
        .containsEntry("gradingProgress", "Pending")
        .containsKey("timestamp");
    assertThat(((Number) SCORES.get(0).get("scoreGiven")).doubleValue()).isZero();

    String enrollment =
        query(
                "select id from enrollment where account_id = ?::uuid and course_slug = '"
                    + COURSE
                    + "'",
                teacher.id())
            .get(0);
    List<Step> steps =
        ShippedContent.course(COURSE).modules().stream()
            .flatMap(module -> module.steps().stream())
            .toList();
    assertThat(steps).hasSizeGreaterThan(2);

    // A step done, but the scores endpoint fails once: nothing acknowledged, tried again later.
    assertThat(api.completeStep(teacher, enrollment, steps.get(0)).status()).isIn(200, 201);
    FAILURES_TO_ANSWER.set(1);
    assertThat(sweep()).isZero();
    assertThat(SCORES).hasSize(1);
    assertThat(
            query(
                "select attempts || ' ' || last_error from lti_grade_link where account_id = ?::uuid",
                teacher.id()))
        .containsExactly("1 scores endpoint answered 500");
    // Connect your LMS shows the link waiting and what went wrong.
    HttpResponse<String> connect =
        PageSession.signIn(base, ADMIN, ADMIN_PASSWORD).get("/admin/lti.xhtml");
    assertThat(connect.statusCode()).isEqualTo(200);
    assertThat(connect.body())
        .contains("Waiting to be sent again after a failure: 1.")
        .contains("scores endpoint answered 500")
        .doesNotContain("token-");
    assertThat(sweep()).as("not due yet").isZero();
    assertThat(SCORES).hasSize(1);
    update(
        "update lti_grade_link set next_attempt_at = now() - interval '1 second' where account_id = ?::uuid",
        teacher.id());
    assertThat(sweep()).isEqualTo(1);
    assertThat(SCORES).hasSize(2);
    double partly = ((Number) SCORES.get(1).get("scoreGiven")).doubleValue();
    assertThat(partly).isGreaterThan(0).isLessThan(1);
    assertThat(SCORES.get(1)).containsEntry("activityProgress", "InProgress");
    assertThat(
            query(
                "select attempts || ' ' || coalesce(last_error, '-') from lti_grade_link where account_id = ?::uuid",
                teacher.id()))
        .containsExactly("0 -");
    assertThat(sweep()).as("sent once only").isZero();
    assertThat(SCORES).hasSize(2);

    // The whole course: 1.0, completed and fully graded.
    for (Step step : steps.subList(1, steps.size())) {
      assertThat(api.completeStep(teacher, enrollment, step).status()).isIn(200, 201);
    }
    assertThat(
            query(
                "select count(*) from enrollment where id = ?::uuid and completed_at is not null",
                enrollment))
        .containsExactly("1");
    assertThat(sweep()).isEqualTo(1);
    assertThat(SCORES).hasSize(3);
    assertThat(SCORES.get(2))
        .containsEntry("userId", sub)
        .containsEntry("activityProgress", "Completed")
        .containsEntry("gradingProgress", "FullyGraded");
    assertThat(((Number) SCORES.get(2).get("scoreGiven")).doubleValue()).isEqualTo(1.0);

    // Nothing new: nothing sent again.
    assertThat(sweep()).isZero();
    assertThat(SCORES).hasSize(3);
    assertThat(PROBLEMS).isEmpty();
    // One token, kept between sweeps.
    assertThat(TOKENS_ISSUED.get()).isEqualTo(1);
  }

  @Test
  void onlyAdministratorsRunTheSweep() {
    Api.Person teacher = api.signUp("Nora Notadmin");
    assertThat(api.call("POST", "/api/admin/lti/grades", "", teacher.token()).status())
        .isEqualTo(403);
    assertThat(api.call("POST", "/api/admin/lti/grades", "", null).status()).isEqualTo(401);
  }

  private int sweep() {
    Api.Answer answer =
        api.call("POST", "/api/admin/lti/grades", "", api.token(ADMIN, ADMIN_PASSWORD));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getInt("sent");
  }

  // --- the test platform ---

  private static RSAKey key() {
    try {
      return new RSAKeyGenerator(2048).keyID("platform-grades").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer testPlatform() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/jwks",
          exchange -> answer(exchange, 200, new JWKSet(PLATFORM_KEY.toPublicJWK()).toString()));
      server.createContext("/token", LtiGradesIT::token);
      server.createContext("/items", LtiGradesIT::score);
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Client credentials with a JWT assertion that the tool's published key verifies. */
  private static void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = new LinkedHashMap<>();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      String[] parts = pair.split("=", 2);
      form.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
    }
    String problem = assertionProblem(form);
    if (problem != null) {
      PROBLEMS.add(problem);
      answer(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    String token = "token-" + UUID.randomUUID();
    ISSUED.put(token, form.get("scope"));
    TOKENS_ISSUED.incrementAndGet();
    answer(
        exchange,
        200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  private static String assertionProblem(Map<String, String> form) {
    if (!"client_credentials".equals(form.get("grant_type"))
        || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            .equals(form.get("client_assertion_type"))
        || !String.valueOf(form.get("scope")).contains(SCORE_SCOPE)) {
      return "token request: " + form.keySet();
    }
    try {
      SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
      JWKSet published =
          JWKSet.parse(
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(toolKeys).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      RSAKey signer = (RSAKey) published.getKeyByKeyId(assertion.getHeader().getKeyID());
      if (signer == null || !assertion.verify(new RSASSAVerifier(signer))) {
        return "assertion not signed by the tool's published key";
      }
      JWTClaimsSet claims = assertion.getJWTClaimsSet();
      Instant now = Instant.now();
      if (claims.getIssuer() == null
          || !claims.getIssuer().equals(claims.getSubject())
          || !claims.getIssuer().startsWith("client-")
          || !claims.getAudience().contains(ISSUER + "/token")
          || claims.getJWTID() == null
          || claims.getExpirationTime().toInstant().isBefore(now)
          || claims.getExpirationTime().toInstant().isAfter(now.plus(Duration.ofMinutes(6)))) {
        return "assertion claims: " + claims;
      }
      return null;
    } catch (Exception e) {
      return "assertion: " + e;
    }
  }

  /** Records a score sent with an issued token; answers 500 while told to fail. */
  private static void score(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    URI uri = exchange.getRequestURI();
    if (!"POST".equals(exchange.getRequestMethod())
        || !uri.getPath().endsWith("/lineitem/scores")
        || !"type_id=3".equals(uri.getQuery())
        || authorization == null
        || !ISSUED.containsKey(authorization.replaceFirst("^Bearer ", ""))
        || !"application/vnd.ims.lis.v1.score+json".equals(type)) {
      PROBLEMS.add("score request: " + exchange.getRequestMethod() + " " + uri + " " + type);
      answer(exchange, 401, "{}");
      return;
    }
    if (FAILURES_TO_ANSWER.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      answer(exchange, 500, "{}");
      return;
    }
    try {
      SCORES.add(JSONObjectUtils.parse(body));
    } catch (java.text.ParseException e) {
      PROBLEMS.add("score body: " + body);
    }
    answer(exchange, 200, "{}");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  // --- launching ---

  private String registered() {
    String clientId = "client-" + UUID.randomUUID();
    var created =
        api.call(
            "POST",
            "/api/admin/lti/platforms",
            "{\"issuer\":\""
                + ISSUER
                + "\",\"clientId\":\""
                + clientId
                + "\",\"deploymentIds\":[\"dep-1\"],\"authLoginUrl\":\""
                + ISSUER
                + "/auth\",\"authTokenUrl\":\""
                + ISSUER
                + "/token\",\"jwksUrl\":\""
                + ISSUER
                + "/jwks\"}",
            api.token(ADMIN, ADMIN_PASSWORD));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return clientId;
  }

  /**
   * The LMS user is this teacher's account: the launch signs it in (it has a password, so a token).
   */
  private static void link(Api.Person teacher, String sub) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "insert into linked_sign_in (id, account_id, provider, issuer, subject, created_at)"
                    + " values (?::uuid, ?::uuid, 'lti', ?, ?, now())")) {
      statement.setString(1, UUID.randomUUID().toString());
      statement.setString(2, teacher.id());
      statement.setString(3, ISSUER);
      statement.setString(4, sub);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  private static JWTClaimsSet claims(
      String clientId, String nonce, String sub, String email, String lineItem) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(clientId)
        .subject(sub)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", nonce)
        .claim("name", "Gina Grades")
        .claim("email", email)
        .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "dep-1")
        .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
        .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
        .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", LAUNCH)
        .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "link-1"))
        .claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("course", COURSE))
        .claim(
            "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
            Map.of(
                "scope",
                List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", SCORE_SCOPE),
                "lineitem",
                lineItem))
        .build();
  }

  private static String sign(JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(PLATFORM_KEY.getKeyID()).build(),
            claims);
    jwt.sign(new RSASSASigner(PLATFORM_KEY));
    return jwt.serialize();
  }

  private static List<String> query(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }

  private static void update(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  /** A browser without scripts that starts a login as the LMS would and posts the launch. */
  private final class Browser {
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient client =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String nonce;

    /** Starts a login; answers the state sent to the platform (and keeps its nonce). */
    String login(String clientId) {
      HttpResponse<String> start =
          send(
              HttpRequest.newBuilder(
                      Http.serverRoot(
                          base,
                          "/lti/login?iss="
                              + enc(ISSUER)
                              + "&login_hint=hint-1&client_id="
                              + enc(clientId)
                              + "&lti_deployment_id=dep-1&target_link_uri="
                              + enc(LAUNCH)))
                  .GET());
      assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
      URI auth = URI.create(start.headers().firstValue("Location").orElseThrow());
      Map<String, String> query = new LinkedHashMap<>();
      for (String pair : auth.getRawQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
      nonce = query.get("nonce");
      return query.get("state");
    }

    HttpResponse<String> launch(String state, String idToken) {
      return send(
          HttpRequest.newBuilder(Http.serverRoot(base, "/lti/launch"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "state=" + enc(state) + "&id_token=" + enc(idToken))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      if (!cookies.isEmpty()) {
        StringBuilder header = new StringBuilder();
        cookies.forEach(
            (name, value) ->
                header
                    .append(header.length() == 0 ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
        request.header("Cookie", header.toString());
      }
      try {
        HttpResponse<String> response =
            client.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
          String pair = cookie.split(";", 2)[0];
          int equals = pair.indexOf('=');
          cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return response;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
