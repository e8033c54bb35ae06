package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.PageSession;

/**
 * A sign-in storm on a platform whose password hashing is saturated at once: one hashing thread, no
 * queue, a short wait. Sign-ins beyond it get 503 with Retry-After (the pages say so and keep what
 * was typed), nothing is done for them, and they do not count as failed sign-ins.
 */
class IdentityStormIT extends DeployedPlatform {

  private static final String BUSY =
      "Many people are signing in right now. Try again in a few seconds.";

  private final ExecutorService crowd = Executors.newCachedThreadPool();

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.passwords.threads", "1",
            "pathways.passwords.queue", "0",
            "pathways.passwords.wait-ms", "300",
            // Slower hashes than usual, so that a crowd of a few saturates the one thread.
            "pathways.password.iterations", "1200000"));
  }

  @AfterEach
  void stopCrowd() {
    crowd.shutdownNow();
  }

  @Test
  void concurrentSignInsBeyondTheHashingThreadGet503WithRetryAfterAndTheOthersTheirToken()
      throws Exception {
    Api.Person teacher = api.signUp("Sam Storm");

    List<Api.Answer> answers = together(8, () -> tokenFor(teacher.email(), teacher.password()));

    assertThat(answers).extracting(Api.Answer::status).containsOnly(201, 503).contains(201, 503);
    for (Api.Answer busy : answers.stream().filter(a -> a.status() == 503).toList()) {
      assertThat(Long.parseLong(busy.header("Retry-After"))).isBetween(1L, 2L);
      assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
      assertThat(busy.json().getString("title")).isEqualTo("Busy right now");
      assertThat(busy.json().getString("detail")).isEqualTo(BUSY);
      assertThat(busy.json().getInt("status")).isEqualTo(503);
    }
    // Every refused sign-in gave its place back: one after another, each gets its token.
    for (int i = 0; i < 3; i++) {
      assertThat(tokenFor(teacher.email(), teacher.password()).status()).isEqualTo(201);
    }
    // Requests that hash nothing never wait for the hashing thread.
    assertThat(api.get("/api/me", teacher.token()).status()).isEqualTo(200);
  }

  @Test
  void aSignUpRefusedAsBusyOpensNoAccountAndMayBeSentAgain() throws Exception {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      emails.add("crowd-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test");
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Answer>> sent = new ArrayList<>();
    for (String email : emails) {
      sent.add(
          crowd.submit(
              () -> {
                go.await();
                return signUp(email);
              }));
    }
    go.countDown();
    List<String> refused = new ArrayList<>();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < emails.size(); i++) {
      Api.Answer answer = sent.get(i).get(2, TimeUnit.MINUTES);
      statuses.add(answer.status());
      if (answer.status() == 503) {
        refused.add(emails.get(i));
      }
    }

    assertThat(statuses).containsOnly(201, 503).contains(201, 503);
    for (String email : refused) {
      assertThat(accounts(email)).as("no account for a refused sign-up").isZero();
      assertThat(signUp(email).status()).as("sent again later").isEqualTo(201);
    }
  }

  @Test
  void sixteenSignInsRefusedAsBusyDoNotCountAsFailedOnes() throws Exception {
    Api.Person teacher = api.signUp("Gil Guess");
    String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    List<Api.Answer> answers =
        together(16, () -> tokenFrom(address, teacher.email(), "a wrong guess"));
    long failed = answers.stream().filter(a -> a.status() == 401).count();
    // Each guess takes an attempt before it waits for the hashing thread (429 once ten are out).
    assertThat(answers).extracting(Api.Answer::status).isSubsetOf(401, 429, 503).contains(503);

    // Ten failures lock sign-in: only the guesses that were checked count towards them.
    int more = 0;
    int status;
    while ((status = tokenFrom(address, teacher.email(), "another wrong guess").status()) != 429) {
      if (status == 503) {
        Thread.sleep(1000);
        continue;
      }
      assertThat(status).isEqualTo(401);
      more++;
      assertThat(more).as("locked after ten failures").isLessThanOrEqualTo(10);
    }
    assertThat(failed + more).isEqualTo(10);
  }

  @Test
  void theSignInPageSaysManyAreSigningInKeepsTheEmailAndForgetsThePassword() throws Exception {
    Api.Person teacher = api.signUp("Pia Page");
    String password = teacher.password();

    HttpResponse<String> page =
        whileSaturated(
            () ->
                PageSession.anonymous(base)
                    .submit(
                        "/identity/sign-in.xhtml",
                        "/identity/sign-in.xhtml",
                        "sign-in=sign-in&sign-in%3Aemail="
                            + encode(teacher.email())
                            + "&sign-in%3Apassword="
                            + encode(password)
                            + "&sign-in%3Asubmit=Sign+in"));

    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body())
        .contains("Many people are signing in right now. Try again in a few seconds")
        .contains("value=\"" + teacher.email() + "\"")
        .doesNotContain(password);
  }

  @Test
  void theSignUpPageSaysTheSameAndKeepsTheNameAndEmail() throws Exception {
    String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
    String password = "tulips in the storm";

    HttpResponse<String> page =
        whileSaturated(
            () ->
                PageSession.anonymous(base)
                    .submit(
                        "/identity/sign-up.xhtml",
                        "/identity/sign-up.xhtml",
                        "sign-up=sign-up&sign-up%3Aname=Pat+Paged&sign-up%3Aemail="
                            + encode(email)
                            + "&sign-up%3Apassword="
                            + encode(password)
                            + "&sign-up%3Asubmit=send"));

    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body())
        .contains("Many people are signing in right now. Try again in a few seconds")
        .contains("value=\"Pat Paged\"", "value=\"" + email + "\"")
        .doesNotContain(password);
    assertThat(accounts(email)).isZero();
  }

  /**
   * Sends the form while a crowd keeps the one hashing thread busy, until the form is refused as
   * busy (a few tries: the crowd may leave the thread idle for a moment).
   */
  private HttpResponse<String> whileSaturated(Callable<HttpResponse<String>> form)
      throws Exception {
    Api.Person other = api.signUp("Ola Other");
    AtomicBoolean storming = new AtomicBoolean(true);
    for (int i = 0; i < 3; i++) {
      crowd.submit(
          () -> {
            while (storming.get()) {
              tokenFor(other.email(), other.password());
              Thread.sleep(20);
            }
            return null;
          });
    }
    try {
      HttpResponse<String> answer = form.call();
      for (int tries = 1; answer.statusCode() != 503 && tries < 10; tries++) {
        answer = form.call();
      }
      return answer;
    } finally {
      storming.set(false);
    }
  }

  private List<Api.Answer> together(int callers, Callable<Api.Answer> call) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Answer>> sent = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      sent.add(
          crowd.submit(
              () -> {
                go.await();
                return call.call();
              }));
    }
    go.countDown();
    List<Api.Answer> answers = new ArrayList<>();
    for (Future<Api.Answer> answer : sent) {
      answers.add(answer.get(2, TimeUnit.MINUTES));
    }
    return answers;
  }

  private Api.Answer tokenFor(String email, String password) {
    return api.call("POST", "/api/tokens", credentials(email, password), null);
  }

  private Api.Answer tokenFrom(String address, String email, String password) {
    return new Api.Answer(
        org.pathways.testing.Http.json(
            "POST",
            org.pathways.testing.Http.serverRoot(base, "/api/tokens"),
            credentials(email, password),
            null,
            "X-Forwarded-For",
            address));
  }

  private Api.Answer signUp(String email) {
    return api.call(
        "POST",
        "/api/accounts",
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "tulips in the storm")
            .add("name", "Cris Crowd")
            .build()
            .toString(),
        null);
  }

  private static String credentials(String email, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .build()
        .toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static int accounts(String email) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select count(*) from account where email = ?")) {
      statement.setString(1, email);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
