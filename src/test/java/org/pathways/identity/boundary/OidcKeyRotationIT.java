package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.ScriptlessBrowser;

/**
 * The provider's signing keys, against a provider of the test's own (the JDK's HTTP server and
 * nimbus-jose-jwt: mock-oauth2-server always publishes the key it signs with, so it cannot sign
 * with a key it never published). A provider that rotates to a new key is followed without
 * restarting Pathways, and the keys are fetched again only then; a token signed by a key the
 * provider never published, under a name it never published or under the name of one it did, gets
 * the plain page and signs nobody in. Each test has a provider of its own, so each has its own key
 * cache.
 */
class OidcKeyRotationIT extends DeployedPlatform {

  private static final String CLIENT_ID = "pathways-test";
  private static final String PUBLIC_URL = "https://pathways.test";
  private static final KeyedProvider PROVIDERS = KeyedProvider.start();
  private static final KeyedProvider.Issuer ROTATING = PROVIDERS.issuer("rotating");
  private static final KeyedProvider.Issuer FORGER = PROVIDERS.issuer("forger");

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    Map<String, String> settings = administered("pathways.public-url", PUBLIC_URL);
    for (KeyedProvider.Issuer issuer : List.of(ROTATING, FORGER)) {
      String prefix = "pathways.oidc." + issuer.name() + ".";
      settings.put(prefix + "issuer", issuer.url());
      settings.put(prefix + "client-id", CLIENT_ID);
      settings.put(prefix + "client-secret", "a test secret");
      settings.put(prefix + "label", "Springfield " + issuer.name());
    }
    return deploy(settings);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDERS.stop();
  }

  @Test
  void aSignInAfterTheProviderRotatesItsKeyGoesThroughWithoutARestart() throws Exception {
    RSAKey first = key("first-" + UUID.randomUUID());
    ROTATING.publishAndSignWith(first);
    String sub = "teacher-" + UUID.randomUUID();
    String email = "ana-" + sub.substring(8, 16) + "@springfield.test";

    Visitor before = new Visitor();
    assertSignedIn(before, before.signInWith(ROTATING, sub, email), email);
    assertThat(ROTATING.keyFetches()).isEqualTo(1);
    // Cached: a second sign-in with the same key asks for no keys.
    Visitor again = new Visitor();
    assertSignedIn(again, again.signInWith(ROTATING, sub, email), email);
    assertThat(ROTATING.keyFetches()).isEqualTo(1);

    // The provider retires its key and signs with a new one, which Pathways has never seen.
    RSAKey second = key("second-" + UUID.randomUUID());
    ROTATING.publishAndSignWith(second);
    Visitor after = new Visitor();
    assertSignedIn(after, after.signInWith(ROTATING, sub, email), email);
    assertThat(ROTATING.keyFetches()).isEqualTo(2);
    Visitor later = new Visitor();
    assertSignedIn(later, later.signInWith(ROTATING, sub, email), email);
    assertThat(ROTATING.keyFetches()).isEqualTo(2);

    assertThat(count("select count(*) from account where email = ?", email)).isEqualTo(1);
  }

  @Test
  void aTokenSignedByAKeyTheProviderNeverPublishedIsRefusedAndSignsNobodyIn() throws Exception {
    RSAKey published = key("published-" + UUID.randomUUID());
    FORGER.publishAndSignWith(published);
    // The provider's real key works, so what follows is refused for its key alone.
    String known = "teacher-" + UUID.randomUUID();
    String knownEmail = "carla-" + known.substring(8, 16) + "@springfield.test";
    Visitor teacher = new Visitor();
    assertSignedIn(teacher, teacher.signInWith(FORGER, known, knownEmail), knownEmail);

    // A key the provider never published, under a name of its own and under the published name.
    RSAKey stranger = key("stranger-" + UUID.randomUUID());
    RSAKey impostor = new RSAKeyGenerator(2048).keyID(published.getKeyID()).generate();
    for (RSAKey forged : List.of(stranger, impostor)) {
      FORGER.signWithUnpublished(forged);
      String sub = "intruder-" + UUID.randomUUID();
      String email = "intruder-" + sub.substring(9, 17) + "@springfield.test";
      Visitor intruder = new Visitor();
      String page = intruder.refusal(intruder.signInWith(FORGER, sub, email));
      assertThat(page).as(forged.getKeyID()).contains("could not be verified");
      assertThat(intruder.signedIn()).isFalse();
      assertThat(count("select count(*) from account where email = ?", email)).isZero();
      assertThat(count("select count(*) from linked_sign_in where subject = ?", sub)).isZero();
    }
    assertThat(
            count(
                "select count(*) from audit_log where action = 'oidc.refused' and detail like ?",
                "forger: token: ID token refused%"))
        .isEqualTo(2);

    // The forgeries left the provider's real key in place.
    FORGER.publishAndSignWith(published);
    Visitor back = new Visitor();
    assertSignedIn(back, back.signInWith(FORGER, known, knownEmail), knownEmail);
  }

  private static void assertSignedIn(Visitor visitor, HttpResponse<String> arrived, String email) {
    assertThat(arrived.statusCode()).as(arrived.body()).isEqualTo(303);
    assertThat(arrived.headers().firstValue("Location")).hasValue(IdentityLinks.PROFILE);
    HttpResponse<String> profile = visitor.get(IdentityLinks.PROFILE);
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body()).contains(email);
  }

  private static RSAKey key(String id) throws JOSEException {
    return new RSAKeyGenerator(2048).keyID(id).generate();
  }

  private static long count(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** A browser without scripts over HTTP: cookies kept by hand, redirects followed by the test. */
  private final class Visitor extends ScriptlessBrowser {

    Visitor() {
      super(base);
    }

    /**
     * Starts a sign-in with this provider, signs in there as {@code sub} with a verified {@code
     * email}, and answers Pathways' answer to the provider's redirect back.
     */
    HttpResponse<String> signInWith(KeyedProvider.Issuer issuer, String sub, String email)
        throws Exception {
      HttpResponse<String> start = get("/auth/oidc/" + issuer.name());
      assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
      String authorize = start.headers().firstValue("Location").orElseThrow();
      assertThat(authorize).startsWith(issuer.url() + "/authorize?");
      HttpResponse<String> provider =
          elsewhere(
              URI.create(
                  authorize
                      + "&login="
                      + URLEncoder.encode(sub, StandardCharsets.UTF_8)
                      + "&email="
                      + URLEncoder.encode(email, StandardCharsets.UTF_8)));
      assertThat(provider.statusCode()).as(provider.body()).isEqualTo(302);
      URI back = URI.create(provider.headers().firstValue("Location").orElseThrow());
      assertThat(back.toString())
          .startsWith(PUBLIC_URL + "/auth/oidc/" + issuer.name() + "/callback?");
      return get(back.getRawPath() + "?" + back.getRawQuery());
    }

    /** The refusal page this answer leads to, which must be the plain page. */
    String refusal(HttpResponse<String> answer) {
      return refusal(answer, "/identity/other-sign-in.xhtml?problem=");
    }

    boolean signedIn() {
      return get(IdentityLinks.PROFILE).statusCode() == 200;
    }
  }

  /**
   * OpenID Connect providers, one per path under one JDK HTTP server on 127.0.0.1: discovery, an
   * authorization endpoint that signs in whoever the request names ({@code login}, {@code email})
   * and sends the browser back with a code, a token endpoint that checks the code, redirect and
   * PKCE verifier and answers an ID token signed as the test says, and the published keys.
   */
  static final class KeyedProvider {
    private final HttpServer server;
    private final Map<String, Issuer> issuers = new ConcurrentHashMap<>();

    private KeyedProvider(HttpServer server) {
      this.server = server;
    }

    static KeyedProvider start() {
      try {
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        KeyedProvider provider = new KeyedProvider(server);
        server.createContext("/", provider::handle);
        server.start();
        return provider;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Issuer issuer(String name) {
      return issuers.computeIfAbsent(
          name, n -> new Issuer(n, "http://127.0.0.1:" + server.getAddress().getPort() + "/" + n));
    }

    void stop() {
      server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String[] parts = exchange.getRequestURI().getPath().split("/", 3);
        Issuer issuer = parts.length == 3 ? issuers.get(parts[1]) : null;
        if (issuer == null) {
          answer(exchange, 404, "text/plain", "no such issuer");
          return;
        }
        switch (parts[2]) {
          case ".well-known/openid-configuration" ->
              answer(exchange, 200, "application/json", issuer.discovery());
          case "jwks" -> answer(exchange, 200, "application/json", issuer.jwks());
          case "authorize" -> {
            String back = issuer.authorize(form(exchange.getRequestURI().getRawQuery()));
            exchange.getResponseHeaders().set("Location", back);
            exchange.sendResponseHeaders(302, -1);
          }
          case "token" -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String tokens = issuer.token(form(body));
            if (tokens == null) {
              answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            } else {
              answer(exchange, 200, "application/json", tokens);
            }
          }
          default -> answer(exchange, 404, "text/plain", "no such endpoint");
        }
      } catch (RuntimeException e) {
        e.printStackTrace();
        throw e;
      }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body)
        throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String encoded) {
      Map<String, String> values = new HashMap<>();
      if (encoded == null) {
        return values;
      }
      for (String pair : encoded.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
      return values;
    }

    /** One issuer: the keys it publishes, the key it signs with, the codes it has handed out. */
    static final class Issuer {
      private final String name;
      private final String url;
      private final AtomicInteger keyFetches = new AtomicInteger();
      private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
      private volatile JWKSet published = new JWKSet();
      private volatile RSAKey signing;

      private Issuer(String name, String url) {
        this.name = name;
        this.url = url;
      }

      String name() {
        return name;
      }

      String url() {
        return url;
      }

      /** How many times the keys were asked for. */
      int keyFetches() {
        return keyFetches.get();
      }

      /** Publishes only this key (any earlier one is retired) and signs with it. */
      void publishAndSignWith(RSAKey key) {
        published = new JWKSet(key.toPublicJWK());
        signing = key;
      }

      /** Signs with this key, which stays unpublished; the published keys stay as they are. */
      void signWithUnpublished(RSAKey key) {
        signing = key;
      }

      private String discovery() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", url);
        metadata.put("authorization_endpoint", url + "/authorize");
        metadata.put("token_endpoint", url + "/token");
        metadata.put("jwks_uri", url + "/jwks");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        return JSONObjectUtils.toJSONString(metadata);
      }

      private String jwks() {
        keyFetches.incrementAndGet();
        return published.toString(true);
      }

      /** Signs in whoever the request names, and answers where the browser goes back to. */
      private String authorize(Map<String, String> request) {
        String code = UUID.randomUUID().toString();
        codes.put(code, request);
        return request.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8);
      }

      /** The tokens for a code handed out once, with its redirect and verifier; else null. */
      private String token(Map<String, String> request) {
        Map<String, String> granted = codes.remove(String.valueOf(request.get("code")));
        if (granted == null
            || !"authorization_code".equals(request.get("grant_type"))
            || !granted.get("redirect_uri").equals(request.get("redirect_uri"))
            || !granted.get("code_challenge").equals(challenge(request.get("code_verifier")))) {
          return null;
        }
        Instant now = Instant.now();
        JWTClaimsSet claims =
            new JWTClaimsSet.Builder()
                .issuer(url)
                .subject(granted.get("login"))
                .audience(granted.get("client_id"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", granted.get("nonce"))
                .claim("email", granted.get("email"))
                .claim("email_verified", true)
                .claim("name", "Teacher " + granted.get("login").substring(0, 12))
                .build();
        RSAKey key = signing;
        SignedJWT idToken =
            new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
          idToken.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
          throw new IllegalStateException(e);
        }
        return JSONObjectUtils.toJSONString(
            Map.of(
                "access_token",
                UUID.randomUUID().toString(),
                "token_type",
                "Bearer",
                "expires_in",
                300,
                "id_token",
                idToken.serialize()));
      }

      private static String challenge(String verifier) {
        if (verifier == null) {
          return "";
        }
        try {
          byte[] digest =
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII));
          return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
