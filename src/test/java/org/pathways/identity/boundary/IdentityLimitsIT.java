package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Limits against guessing and flooding on the running platform: failed sign-ins per account and per
 * address, bulk sign-ups, parallel guesses, spoofed forwarding headers and password-reset floods.
 */
class IdentityLimitsIT extends IdentityFixtures {

  @Test
  void anUnknownEmailAndAWrongPasswordGetTheSameAnswerInAboutTheSameTime() {
    String email = unique("same");
    signUp(email, "tulips in the spring");
    String address = address();
    long unknownTime = 0;
    long wrongTime = 0;
    HttpResponse<String> unknown = null;
    HttpResponse<String> wrong = null;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      unknown =
          call(
              "POST",
              "/api/tokens",
              "{\"email\":\"" + unique("nobody") + "\",\"password\":\"tulips in the fall\"}",
              null,
              address);
      unknownTime += System.nanoTime() - start;
      start = System.nanoTime();
      wrong =
          call(
              "POST",
              "/api/tokens",
              "{\"email\":\"" + email + "\",\"password\":\"tulips in the fall\"}",
              null,
              address);
      wrongTime += System.nanoTime() - start;
    }

    assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertThat((double) unknownTime / wrongTime).isBetween(0.5, 2.0);
  }

  @Test
  void theEleventhFailureInFifteenMinutesGets429WithRetryAfter() throws Exception {
    String email = unique("brute");
    signUp(email, "tulips in the spring");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      statuses.add(
          call(
                  "POST",
                  "/api/tokens",
                  "{\"email\":\"" + email + "\",\"password\":\"guess number " + i + "\"}",
                  null,
                  address())
              .statusCode());
    }
    var eleventh =
        call(
            "POST",
            "/api/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"tulips in the spring\"}",
            null,
            address());

    assertThat(statuses).containsOnly(401);
    assertThat(eleventh.statusCode()).isEqualTo(429);
    assertThat(eleventh.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 900L));
    assertThat(
            query(
                "select count(*) from audit_log where action = 'signin.failed' and detail = ?",
                email))
        .containsExactly("10");
  }

  @Test
  void tenFailuresFromOneAddressLockThatAddressForEveryAccount() {
    String address = address();
    for (int i = 0; i < 10; i++) {
      call(
          "POST",
          "/api/tokens",
          "{\"email\":\"" + unique("spray") + "\",\"password\":\"guess number " + i + "\"}",
          null,
          address);
    }
    assertThat(
            call(
                    "POST",
                    "/api/tokens",
                    "{\"email\":\"" + unique("spray") + "\",\"password\":\"another guess\"}",
                    null,
                    address)
                .statusCode())
        .isEqualTo(429);
  }

  @Test
  void aScriptCannotCreateAccountsInBulkFromOneAddress() throws Exception {
    String address = address();
    for (int i = 0; i < 3; i++) {
      assertThat(
              call("POST", "/api/accounts", signUpBody(unique("bulk")), null, address).statusCode())
          .isEqualTo(201);
    }

    var refused = call("POST", "/api/accounts", signUpBody(unique("bulk")), null, address);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 3600L));
    assertThat(refused.body()).contains("Many accounts were just created from your network. Wait");
    assertThat(
            call("POST", "/api/accounts", signUpBody(unique("bulk")), null, address()).statusCode())
        .as("another address")
        .isEqualTo(201);

    String typed = unique("page");
    var page =
        sendForm(
            "/identity/sign-up.xhtml",
            "sign-up",
            Map.of("name", "Pat Paged", "email", typed, "password", "tulips in the spring"),
            address);
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body())
        .contains("Many accounts were just created from your network")
        .contains("value=\"Pat Paged\"", "value=\"" + typed + "\"");
    assertThat(query("select count(*) from account where email = ?", typed)).containsExactly("0");
  }

  @Test
  void parallelWrongGuessesGetNoMoreEvaluationsThanTheLimit() throws Exception {
    String email = unique("parallel");
    signUp(email, "tulips in the spring");
    ExecutorService pool = Executors.newFixedThreadPool(30);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String body = "{\"email\":\"" + email + "\",\"password\":\"guess number " + i + "\"}";
      answers.add(
          pool.submit(() -> call("POST", "/api/tokens", body, null, address()).statusCode()));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(statuses).containsOnly(401, 429);
    assertThat(statuses.stream().filter(status -> status == 401).count()).isEqualTo(10);
    assertThat(
            query(
                "select count(*) from audit_log where action = 'signin.failed' and detail = ?",
                email))
        .containsExactly("10");
  }

  @Test
  void aSpoofedLeftmostForwardedForEntryDoesNotEscapeTheAddressLimit() {
    String address = address();
    for (int i = 0; i < 10; i++) {
      call(
          "POST",
          "/api/tokens",
          "{\"email\":\"" + unique("spoof") + "\",\"password\":\"guess number " + i + "\"}",
          null,
          address() + ", " + address);
    }

    assertThat(
            call(
                    "POST",
                    "/api/tokens",
                    "{\"email\":\"" + unique("spoof") + "\",\"password\":\"another guess\"}",
                    null,
                    "8.8.8.8, " + address)
                .statusCode())
        .isEqualTo(429);
  }

  @Test
  void aFloodOfResetRequestsMailsTheVictimOnceAndAnUnknownEmailGetsTheSameAnswers()
      throws Exception {
    String victim = unique("victim");
    signUp(victim, "tulips in the spring");
    String nobody = unique("nobody");

    var firstKnown = forgot(victim, address());
    var firstUnknown = forgot(nobody, address());
    assertThat(firstKnown.statusCode()).isEqualTo(firstUnknown.statusCode()).isEqualTo(200);
    assertThat(firstKnown.body()).contains("a link to reset its password is on its way");
    assertThat(firstUnknown.body()).contains("a link to reset its password is on its way");

    for (int i = 0; i < 5; i++) {
      var known = forgot(victim, address());
      var unknown = forgot(nobody, address());
      assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(429);
      assertThat(known.headers().firstValue("Retry-After").map(Long::parseLong))
          .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 300L));
      assertThat(sentence(known.body())).isEqualTo(sentence(unknown.body()));
      assertThat(sentence(known.body())).startsWith("Reset links were asked for too often.");
      assertThat(known.body()).contains("value=\"" + victim + "\"");
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(query("select count(*) from mail_outbox where recipient = ?", victim))
                    .containsExactly("1"));
    Thread.sleep(1000);
    assertThat(query("select count(*) from mail_outbox where recipient = ?", victim))
        .containsExactly("1");
    assertThat(query("select count(*) from mail_outbox where recipient = ?", nobody))
        .containsExactly("0");
  }

  @Test
  void oneAddressCannotAskForResetLinksWithoutLimit() throws Exception {
    String address = address();
    for (int i = 0; i < 3; i++) {
      assertThat(forgot(unique("many"), address).statusCode()).isEqualTo(200);
    }

    var refused = forgot(unique("many"), address);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body()).contains("Reset links were asked for too often.");
  }
}
