package org.pathways.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathways.testing.Http;

/**
 * The local cluster of {@code mvn -Pcluster} (issue #23): two members in one data grid behind
 * HAProxy with {@code deploy/haproxy.cfg}. Which member answered a request through the proxy is the
 * proxy's {@code X-Pathways-Member} header (m1, m2). The last test kills a member; the ones before
 * need both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  /** HAProxy checks every 2 s and takes a member out after 2 failures (deploy/haproxy.cfg). */
  private static final Duration HEALTH_CHECK_TIME = Duration.ofSeconds(4);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestCluster cluster;

  @BeforeAll
  void startTheCluster() throws Exception {
    cluster = TestCluster.start(Map.of());
  }

  @AfterAll
  void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
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
    Set<String> answered = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> answer = get(null);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      answered.add(answer.headers().firstValue("X-Pathways-Member").orElse("none"));
    }
    assertThat(answered).containsExactlyInAnyOrder(cluster.proxyName(1), cluster.proxyName(2));

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
  void aMemberKilledUnderLoadCostsOnlyItsRequestsInFlightAndRejoinsWhenRestarted()
      throws Exception {
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    long killedAt;
    long downAt;
    try {
      for (int i = 0; i < 4; i++) {
        clients.submit(() -> requestWhile(running, outcomes));
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> outcomes.stream().filter(o -> "m1".equals(o.member())).count() > 20);

      int logBefore = cluster.proxyLog().length();
      cluster.kill9(1);
      killedAt = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> cluster.proxyLog().substring(logBefore).contains("Server members/m1 is DOWN"));
      downAt = System.nanoTime();
      // Requests go on for a while with member 1 gone.
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
        all.stream().filter(o -> o.started() > killedAt && "m1".equals(o.member())).count();
    System.out.printf(
        "Member 1 killed under load: %d requests, %d after the kill; %d in flight at the kill,"
            + " %d failed (statuses %s); HAProxy took member 1 out %d ms after the kill%n",
        all.size(),
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
    assertThat(cluster.gridMembers(2)).as("member 2 alone in the grid, soon").isBetween(1, 2);

    long restartedAt = System.nanoTime();
    cluster.restart(1);
    long rejoinedAt = System.nanoTime();

    cluster.awaitMembers(2, 2, Duration.ofSeconds(30));
    assertThat(cluster.grid(1).getString("member-addresses"))
        .contains(cluster.gridAddress(1), cluster.gridAddress(2));
    await()
        .atMost(HEALTH_CHECK_TIME.plusSeconds(10))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> "m1".equals(get(null).headers().firstValue("X-Pathways-Member").orElse("")));
    System.out.printf(
        "Member 1 started again: ready and in the grid after %d s, answering through the proxy"
            + " %d ms later%n",
        (rejoinedAt - restartedAt) / 1_000_000_000, (System.nanoTime() - rejoinedAt) / 1_000_000);
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
