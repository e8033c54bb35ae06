package org.pathways.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.CountingLrs;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;

/**
 * The local cluster of {@code mvn -Pcluster} (issue #23): two members in one data grid behind
 * HAProxy with {@code deploy/haproxy.cfg}. Which member answered a request through the proxy is the
 * proxy's {@code X-Pathways-Member} header (m1, m2). One test freezes a member for 30 s and lets it
 * merge back; the last kills a member; the ones before need both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String FIRST_HALF =
      "Variables in a spreadsheet are the first place my students meet abstraction:";
  private static final String WHOLE =
      FIRST_HALF
          + " a name stands for a value that changes, and a formula reads the name, not the"
          + " number. I will start the unit with a budget sheet the class fills in together, then"
          + " ask what happens to every total when one price changes, and let them predict before"
          + " they look.";
  private static final String RELOADED_ELSEWHERE = "another instance reloaded them";

  /** HAProxy checks every 2 s and takes a member out after 2 failures (deploy/haproxy.cfg). */
  private static final Duration HEALTH_CHECK_TIME = Duration.ofSeconds(4);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final CountingLrs lrs = new CountingLrs();
  private TestCluster cluster;

  /** Draft saves answered 409 because a save cut off by a kill had landed (see saveDraftsWhile). */
  private final AtomicLong draftConflicts = new AtomicLong();

  @BeforeAll
  void startTheCluster() throws Exception {
    cluster =
        TestCluster.start(
            Map.of(
                // Cached identities live long here: only an invalidation makes a member forget one.
                "PATHWAYS_IDENTITY_CACHE_SECONDS", "600",
                "PATHWAYS_XAPI_ENDPOINT", lrs.endpoint(),
                "PATHWAYS_XAPI_USERNAME", "lrs-user",
                "PATHWAYS_XAPI_PASSWORD", "lrs-secret-passphrase",
                // The sweep test runs the sweep itself, on both members at the same moment.
                "PATHWAYS_XAPI_SECONDS", "0"));
  }

  @AfterAll
  void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
    lrs.stop();
  }

  @Test
  @Order(1)
  void bothMembersAreReadyAndEachSeesBothInTheGridUnderItsNameWithoutThePasswordsPart() {
    for (int member = 1; member <= 2; member++) {
      JsonObject grid = cluster.grid(member);
      assertThat(cluster.gridMembers(member)).as("members member " + member + " sees").isEqualTo(2);
      assertThat(grid.getString("member-addresses"))
          .contains(cluster.gridAddress(1), cluster.gridAddress(2));
      assertThat(grid.getString("name")).isEqualTo("pathways");
    }
  }

  @Test
  @Order(2)
  void requestsThroughTheProxyReachBothMembersAndACookieKeepsOneMember() throws Exception {
    // On a busy machine a health check may time out and take a member out for a few seconds:
    // both are asked for until the proxy has both.
    assertThat(awaitTheProxySendsTo(cluster.proxyName(1), cluster.proxyName(2)))
        .containsExactlyInAnyOrder(cluster.proxyName(1), cluster.proxyName(2));

    HttpResponse<String> first = get(null);
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String member = first.headers().firstValue("X-Pathways-Member").orElseThrow();
    assertThat(cookie).isEqualTo("PATHWAYS_MEMBER=" + member);
    for (int i = 0; i < 6; i++) {
      assertThat(get(cookie).headers().firstValue("X-Pathways-Member")).contains(member);
    }
  }

  @Test
  @Order(3)
  void signInFailuresSentToBothMembersAreCountedOnceForThePlatform() {
    Api.Person teacher = cluster.api().signUp("Lee Limits");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Api.Answer refused =
          cluster
              .api(1 + i % 2)
              .call(
                  "POST",
                  "/api/tokens",
                  Api.object("email", teacher.email(), "password", "guess number " + i),
                  null);
      statuses.add(refused.status());
    }
    for (int member = 1; member <= 2; member++) {
      Api.Answer eleventh =
          cluster
              .api(member)
              .call(
                  "POST",
                  "/api/tokens",
                  Api.object("email", teacher.email(), "password", teacher.password()),
                  null);
      assertThat(eleventh.status()).as("member " + member + ": " + eleventh.body()).isEqualTo(429);
      assertThat(eleventh.header("Retry-After")).isNotBlank();
    }
    assertThat(statuses).as("five failures on each member").containsOnly(401);
  }

  @Test
  @Order(4)
  void aTokenRevokedOnOneMemberIsRefusedByTheOtherWithinASecond() {
    Api.Person teacher = cluster.api().signUp("Rae Revoked");
    String token = cluster.api(1).token(teacher.email(), teacher.password());
    assertThat(cluster.api(2).get("/api/me", token).status()).isEqualTo(200);

    assertThat(cluster.api(1).call("DELETE", "/api/tokens/current", null, token).status())
        .isEqualTo(204);
    long revoked = System.nanoTime();

    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> cluster.api(2).get("/api/me", token).status() == 401);
    System.out.printf(
        "A token revoked on member 1 was refused by member 2 %d ms later%n",
        (System.nanoTime() - revoked) / 1_000_000);
  }

  @Test
  @Order(5)
  void aContentReloadOnOneMemberReadsThePackagesAgainOnTheOther() {
    String admin = cluster.api(2).token(TestCluster.ADMIN, TestCluster.ADMIN_PASSWORD);
    long before = count(cluster.log(1), RELOADED_ELSEWHERE);

    Api.Answer reload = cluster.api(2).call("POST", "/api/admin/content/reload", "", admin);

    assertThat(reload.status()).as(reload.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> count(cluster.log(1), RELOADED_ELSEWHERE) > before);
    assertThat(count(cluster.log(2), RELOADED_ELSEWHERE))
        .as("the member that reloaded is not told again")
        .isZero();
  }

  /**
   * Issue #23's split: one member's traffic stops for 30 s (SIGSTOP: grid, HTTP and database at
   * once). The other leaves it out of the grid, the proxy leaves it out of the rotation and
   * teachers go on; a token revoked meanwhile cannot be said to the member that is away. When it
   * comes back, both merge into one grid again, the member that was away starts its caches afresh
   * (so it refuses the token too, though it had it in memory and its cache would keep it for 10
   * minutes) and the proxy sends it work again.
   */
  @Test
  @Order(6)
  void aMemberCutOffForThirtySecondsIsLeftOutWhileTheOtherGoesOnAndBothMergeBackAfter()
      throws Exception {
    Api.Person teacher = cluster.api().signUp("Fran Frozen");
    String token = cluster.api(1).token(teacher.email(), teacher.password());
    assertThat(cluster.api(2).get("/api/me", token).status()).isEqualTo(200);

    cluster.freeze(2);
    long frozen = System.nanoTime();
    long left;
    try {
      cluster.awaitMembers(1, 1, Duration.ofSeconds(45));
      left = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(45))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .untilAsserted(
              () -> {
                for (int i = 0; i < 4; i++) {
                  HttpResponse<String> answer = get(null);
                  assertThat(answer.statusCode()).isEqualTo(200);
                  assertThat(answer.headers().firstValue("X-Pathways-Member"))
                      .contains(cluster.proxyName(1));
                }
              });
      assertThat(cluster.api(1).call("DELETE", "/api/tokens/current", null, token).status())
          .as("a teacher signs out while member 2 is away")
          .isEqualTo(204);
      long rest = Duration.ofSeconds(30).toNanos() - (System.nanoTime() - frozen);
      if (rest > 0) {
        TimeUnit.NANOSECONDS.sleep(rest);
      }
    } finally {
      cluster.thaw(2);
    }
    long thawed = System.nanoTime();

    // Member 2 still lists member 1 when it wakes: member 1 seeing both again is the merge.
    cluster.awaitMembers(1, 2, Duration.ofSeconds(90));
    cluster.awaitMembers(2, 2, Duration.ofSeconds(30));
    long merged = System.nanoTime();
    System.out.printf(
        "Member 2 frozen: member 1 left it out after %d ms; thawed after %d ms, one grid again %d"
            + " ms later%n",
        (left - frozen) / 1_000_000, (thawed - frozen) / 1_000_000, (merged - thawed) / 1_000_000);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> cluster.log(2).contains("caches start afresh"));
    assertThat(cluster.api(2).get("/api/me", token).status())
        .as("the token revoked while member 2 was away")
        .isEqualTo(401);

    awaitTheProxySendsTo(cluster.proxyName(2));
  }

  /**
   * The sweeps claim their rows in the database, so the xAPI outbox swept by both members at the
   * same moment (each through its own address) sends every statement once.
   */
  @Test
  @Order(7)
  void theXapiOutboxSweptOnBothMembersAtOnceSendsEachStatementOnce() throws Exception {
    Api a = cluster.api(1);
    Api b = cluster.api(2);
    String admin = a.token(TestCluster.ADMIN, TestCluster.ADMIN_PASSWORD);
    Api.Person teacher = cluster.api().signUp("Sam Sweep");
    String enrollment = enrol(teacher);
    for (Step step : ShippedContent.course(ShippedContent.K5).modules().get(0).steps()) {
      Api.Answer done = cluster.api().completeStep(teacher, enrollment, step);
      assertThat(done.status()).as(step.key() + ": " + done.body()).isIn(200, 201);
    }
    int waiting = cluster.count("select count(*) from xapi_statement where sent_at is null");
    assertThat(waiting).as("statements waiting in the outbox").isGreaterThan(3);

    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Answer>> sweeps = new ArrayList<>();
      Map<Api, long[]> times = new ConcurrentHashMap<>();
      for (Api instance : List.of(a, b)) {
        Callable<Api.Answer> sweep =
            () -> {
              go.await();
              long started = System.nanoTime();
              Api.Answer answer = instance.call("POST", "/api/admin/xapi/sweep", "", admin);
              times.put(instance, new long[] {started, System.nanoTime()});
              return answer;
            };
        sweeps.add(both.submit(sweep));
      }
      go.countDown();
      List<Integer> each = new ArrayList<>();
      for (Future<Api.Answer> sweep : sweeps) {
        Api.Answer answer = sweep.get(2, TimeUnit.MINUTES);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        each.add(answer.json().getInt("sent"));
      }
      int sent = each.get(0) + each.get(1);
      System.out.printf(
          "Two sweeps at once, one per member: %d statements waiting, sent %d by A and %d by B, %d arrivals at"
              + " the LRS%n",
          waiting, each.get(0), each.get(1), lrs.arrivals());
      assertThat(sent).as("sent by A and B together").isEqualTo(waiting);
      assertThat(Math.max(times.get(a)[0], times.get(b)[0]))
          .as("each sweep began before the other ended (the LRS takes 1 s to answer)")
          .isLessThan(Math.min(times.get(a)[1], times.get(b)[1]));
    } finally {
      both.shutdownNow();
    }
    assertThat(lrs.twice()).as("statements that arrived more than once").isEmpty();
    assertThat(lrs.arrivals()).isEqualTo(waiting);
    assertThat(cluster.count("select count(*) from xapi_statement where sent_at is null")).isZero();
    assertThat(b.call("POST", "/api/admin/xapi/sweep", "", admin).json().getInt("sent")).isZero();
  }

  @Test
  @Order(10)
  void aMemberKilledUnderLoadLosesNoAcknowledgedWriteAndItsTeacherGoesOnFromTheOther()
      throws Exception {
    Writer writer = aTeacherWritingAReflection();
    int doomed = writer.member();
    int survivor = 3 - doomed;
    String doomedName = cluster.proxyName(doomed);
    Api.Person saver = cluster.api().signUp("Sol Saver");
    String saverEnrollment = readyToReflect(saver);
    Step saverStep = ShippedContent.firstReflection(ShippedContent.K5);
    String draftPath =
        "/api/enrollments/" + saverEnrollment + "/reflections/" + saverStep.key() + "/draft";
    AtomicLong lastAcknowledged = new AtomicLong(-1);
    AtomicLong lastSent = new AtomicLong(-1);

    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    long killedAt;
    long downAt;
    try {
      for (int i = 0; i < 3; i++) {
        clients.submit(() -> requestWhile(running, outcomes));
      }
      clients.submit(
          () -> saveDraftsWhile(running, saver, draftPath, lastSent, lastAcknowledged, outcomes));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> outcomes.stream().filter(o -> doomedName.equals(o.member())).count() > 20);

      int logBefore = cluster.proxyLog().length();
      cluster.kill9(doomed);
      killedAt = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () ->
                  cluster
                      .proxyLog()
                      .substring(logBefore)
                      .contains("Server members/" + doomedName + " is DOWN"));
      downAt = System.nanoTime();
      // Requests go on for a while with the member gone.
      TimeUnit.SECONDS.sleep(5);
    } finally {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    List<Outcome> all = new ArrayList<>(outcomes);
    List<Outcome> failed = all.stream().filter(o -> o.status() != 200).toList();
    List<Outcome> inFlightAtDeath =
        all.stream().filter(o -> o.started() < killedAt && o.ended() > killedAt).toList();
    long afterDeath = all.stream().filter(o -> o.started() > killedAt).count();
    long toDeadMemberAfterDeath =
        all.stream().filter(o -> o.started() > killedAt && doomedName.equals(o.member())).count();
    System.out.printf(
        "Member %d killed under load: %d requests (%d draft saves), %d after the kill; %d in flight"
            + " at the kill, %d failed (statuses %s); HAProxy took it out %d ms after the kill%n",
        doomed,
        all.size(),
        lastSent.get() + 1,
        afterDeath,
        inFlightAtDeath.size(),
        failed.size(),
        failed.stream().map(Outcome::status).toList(),
        (downAt - killedAt) / 1_000_000);

    assertThat(afterDeath).as("requests sent after the kill").isGreaterThan(20);
    assertThat(toDeadMemberAfterDeath).as("answers from the dead member after the kill").isZero();
    assertThat(failed)
        .as("failed requests: only some of those in flight at the kill")
        .allSatisfy(o -> assertThat(o.started()).isLessThan(killedAt))
        .hasSizeLessThanOrEqualTo(inFlightAtDeath.size());
    assertThat(Duration.ofNanos(downAt - killedAt))
        .as("the proxy takes the dead member out within its health-check time")
        .isLessThanOrEqualTo(HEALTH_CHECK_TIME.plusSeconds(3));

    // No acknowledged write lost: the draft is the last one acknowledged, or one sent after it
    // whose answer the kill cut off.
    Api.Answer saved =
        cluster.api().get("/api/enrollments/" + saverEnrollment + "/reflections", saver.token());
    String draft =
        saved.array().stream()
            .map(JsonValue::asJsonObject)
            .filter(prompt -> prompt.getString("stepKey").equals(saverStep.key()))
            .findFirst()
            .orElseThrow()
            .getJsonObject("draft")
            .getString("text");
    assertThat(lastAcknowledged.get()).as("drafts acknowledged").isGreaterThan(10);
    assertThat(draftConflicts.get())
        .as("saves that found a cut-off save landed")
        .isLessThanOrEqualTo(1);
    assertThat(Long.parseLong(draft.substring("draft ".length())))
        .as("the saved draft against the last acknowledged (" + lastAcknowledged + ")")
        .isBetween(lastAcknowledged.get(), lastSent.get());

    // The teacher on the dead member sends the reflection its page rendered: the other member
    // takes it with the same session, no sign-in, and keeps every word.
    HttpResponse<String> submitted = submit(writer, WHOLE);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
    assertThat(submitted.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).doesNotContain("sign-in"));
    assertThat(submitted.headers().firstValue("X-Pathways-Member"))
        .contains(cluster.proxyName(survivor));
    JsonObject reflection = reflection(writer);
    assertThat(reflection.getJsonArray("submissions"))
        .as("the submitted versions")
        .singleElement()
        .satisfies(
            version -> assertThat(version.asJsonObject().getString("text")).isEqualTo(WHOLE));

    long restartedAt = System.nanoTime();
    cluster.restart(doomed);
    long rejoinedAt = System.nanoTime();

    cluster.awaitMembers(survivor, 2, Duration.ofSeconds(30));
    assertThat(cluster.grid(doomed).getString("member-addresses"))
        .contains(cluster.gridAddress(1), cluster.gridAddress(2));
    await()
        .atMost(HEALTH_CHECK_TIME.plusSeconds(10))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                doomedName.equals(get(null).headers().firstValue("X-Pathways-Member").orElse("")));
    System.out.printf(
        "Member %d started again: ready and in the grid after %d s, answering through the proxy"
            + " %d ms later%n",
        doomed,
        (rejoinedAt - restartedAt) / 1_000_000_000,
        (System.nanoTime() - rejoinedAt) / 1_000_000);
  }

  /**
   * Saves drafts "draft 0", "draft 1", ... one after another through the proxy, remembering the
   * last one sent and the last one acknowledged (200).
   */
  private void saveDraftsWhile(
      AtomicBoolean running,
      Api.Person saver,
      String path,
      AtomicLong lastSent,
      AtomicLong lastAcknowledged,
      ConcurrentLinkedQueue<Outcome> outcomes) {
    Api api = cluster.api();
    int revision = -1;
    for (long n = 0; running.get(); n++) {
      long started = System.nanoTime();
      lastSent.set(n);
      try {
        String body =
            revision < 0
                ? Api.object("text", "draft " + n)
                : Api.object("text", "draft " + n, "revision", revision);
        Api.Answer answer = api.call("PUT", path, body, saver.token());
        int status = answer.status();
        if (status == 200) {
          lastAcknowledged.set(n);
          revision = answer.json().getInt("revision");
        } else if (status == 409) {
          // A save cut off by the kill landed after all: the draft moved on without an answer.
          // Go on from the server's draft, as the page's script does (not a failure).
          JsonObject server = answer.json().getJsonObject("draft");
          revision = server.getInt("revision");
          draftConflicts.incrementAndGet();
          status = 200;
        }
        outcomes.add(
            new Outcome(started, System.nanoTime(), status, answer.header("X-Pathways-Member")));
      } catch (RuntimeException e) {
        outcomes.add(new Outcome(started, System.nanoTime(), -1, ""));
      }
    }
  }

  /** A teacher writing a reflection: signed in on the pages, its page open, a first draft saved. */
  private record Writer(
      Api.Person teacher,
      String enrollment,
      Step step,
      PageSession pages,
      String action,
      String viewState,
      String submissionKey,
      int member) {}

  /**
   * A teacher signs in through the proxy, opens the course's first reflection (the steps before it
   * done) and saves half a reflection as the page's script does (a draft, with the page's token).
   */
  private Writer aTeacherWritingAReflection() {
    Api api = cluster.api();
    Api.Person teacher = api.signUp("Wren Writer");
    String enrollment = readyToReflect(teacher);
    Step reflection = ShippedContent.firstReflection(ShippedContent.K5);
    PageSession pages = PageSession.signIn(cluster.proxy(), teacher.email(), teacher.password());
    HttpResponse<String> page =
        pages.get("/learning/step.xhtml?course=" + ShippedContent.K5 + "&step=" + reflection.key());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    String member = page.headers().firstValue("X-Pathways-Member").orElseThrow();
    String body = page.body();
    String token = found(body, "<meta name=\"pathways-token\" content=\"([^\"]+)\"");
    Api.Answer draft =
        api.call(
            "PUT",
            "/api/enrollments/" + enrollment + "/reflections/" + reflection.key() + "/draft",
            Api.object("text", FIRST_HALF),
            token);
    assertThat(draft.status()).as(draft.body()).isEqualTo(200);
    return new Writer(
        teacher,
        enrollment,
        reflection,
        pages,
        found(body, "<form id=\"reflection\"[^>]*action=\"([^\"]+)\"").replace("&amp;", "&"),
        found(body, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""),
        found(body, "name=\"submission-key\" value=\"([^\"]+)\""),
        member.equals(cluster.proxyName(1)) ? 1 : 2);
  }

  /** The writer sends the whole reflection with the form its page rendered. */
  private HttpResponse<String> submit(Writer writer, String text) {
    String fields =
        "reflection=reflection&course="
            + ShippedContent.K5
            + "&step="
            + writer.step().key()
            + "&submission-key="
            + encode(writer.submissionKey())
            + "&reflection%3Atext="
            + encode(text)
            + "&reflection%3Avisibility=FACILITATORS&reflection%3Asubmit=Submit";
    return writer.pages().post(writer.action(), fields, writer.viewState());
  }

  /** The writer's reflection as the API tells it: its draft and submitted texts. */
  private JsonObject reflection(Writer writer) {
    Api.Answer all =
        cluster
            .api()
            .get(
                "/api/enrollments/" + writer.enrollment() + "/reflections",
                writer.teacher().token());
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    return all.array().stream()
        .map(JsonValue::asJsonObject)
        .filter(prompt -> prompt.getString("stepKey").equals(writer.step().key()))
        .findFirst()
        .orElseThrow();
  }

  /** Enrols the teacher and completes the steps before the course's first reflection. */
  private String readyToReflect(Api.Person teacher) {
    String enrollment = enrol(teacher);
    Step reflection = ShippedContent.firstReflection(ShippedContent.K5);
    for (Step step : ShippedContent.course(ShippedContent.K5).modules().get(0).steps()) {
      if (step.key().equals(reflection.key())) {
        break;
      }
      Api.Answer done = cluster.api().completeStep(teacher, enrollment, step);
      assertThat(done.status()).as(step.key() + ": " + done.body()).isIn(200, 201);
    }
    return enrollment;
  }

  private String enrol(Api.Person teacher) {
    Api.Answer enrolled =
        cluster
            .api()
            .call(
                "POST",
                "/api/enrollments",
                Api.object("course", ShippedContent.K5),
                teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private static String found(String page, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(page);
    assertThat(matcher.find()).as(pattern + " in " + page).isTrue();
    return matcher.group(1);
  }

  private static long count(String text, String line) {
    return text.lines().filter(l -> l.contains(line)).count();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private record Outcome(long started, long ended, int status, String member) {}

  private void requestWhile(AtomicBoolean running, ConcurrentLinkedQueue<Outcome> outcomes) {
    while (running.get()) {
      long started = System.nanoTime();
      try {
        HttpResponse<String> answer = get(null);
        outcomes.add(
            new Outcome(
                started,
                System.nanoTime(),
                answer.statusCode(),
                answer.headers().firstValue("X-Pathways-Member").orElse("")));
      } catch (RuntimeException e) {
        outcomes.add(new Outcome(started, System.nanoTime(), -1, ""));
      }
    }
  }

  /**
   * Sends requests without a cookie through the proxy until each of {@code members} has answered
   * one (30 s at most), every one answered 200; returns the members that answered.
   */
  private Set<String> awaitTheProxySendsTo(String... members) {
    Set<String> answered = new HashSet<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              for (int i = 0; i < 4; i++) {
                HttpResponse<String> answer = get(null);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                answered.add(answer.headers().firstValue("X-Pathways-Member").orElse("none"));
              }
              assertThat(answered).contains(members);
            });
    return answered;
  }

  /** {@code GET /api/courses} through the proxy, with a proxy cookie or none. */
  private HttpResponse<String> get(String cookie) {
    URI uri = Http.serverRoot(cluster.proxy(), "/api/courses");
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
