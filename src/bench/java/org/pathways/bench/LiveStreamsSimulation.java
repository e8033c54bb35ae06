package org.pathways.bench;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.sse;

import io.gatling.http.action.sse.SseInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open live-update streams ({@code GET /api/me/events}) beside the teachers' mix, and how fast a
 * completed step reaches its teacher's open page.
 *
 * <p>{@code streams} teachers (default 500) arrive at {@code streamRate} per second (default 10),
 * each signs up, signs in and opens one stream, as a page left open does, and keeps it for the
 * whole run. Meanwhile {@code users} teachers (default 8) do the visit of {@link
 * TeacherJourneySimulation} with a stream of their own open; after each visit the messages their
 * stream received are read: for each step the visit completed, the time from sending the completion
 * to the arrival of its {@code progress} event is kept. At the end a table gives those delays
 * (count, p50, p95, p99, max), how many steps sent gave no event (a step already completed gives
 * none), after Gatling's per-request table where {@code open stream} is the time to the stream's
 * answer headers.
 *
 * <p>Settings: {@code -DbaseUrl -Dstreams=500 -DstreamRate=10 -Dusers=8 -Drate=2 -Dduration=60
 * -Dthink=1 -Dcourse=k5-online-workshop}. Every teacher signs up from this machine, so start the
 * platform with {@code PATHWAYS_LIMITS_SIGN_UP=100000/1h}.
 */
public class LiveStreamsSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
  private static final int STREAMS = Integer.getInteger("streams", 500);
  private static final double STREAM_RATE =
      Double.parseDouble(System.getProperty("streamRate", "10"));
  private static final int USERS = Integer.getInteger("users", 8);
  private static final double RATE = Double.parseDouble(System.getProperty("rate", "2"));
  private static final int DURATION = Integer.getInteger("duration", 60);

  private static final Duration PAGES = Duration.ofMillis(Math.round(STREAMS / STREAM_RATE * 1000));
  private static final Duration ARRIVALS = Duration.ofMillis(Math.round(USERS / RATE * 1000));

  /** Milliseconds from a completion's sending to its progress event, one per event seen. */
  private static final ConcurrentLinkedQueue<Long> DELAYS = new ConcurrentLinkedQueue<>();

  private static final AtomicInteger SENT = new AtomicInteger();
  private static final AtomicInteger UNSEEN = new AtomicInteger();

  static {
    if (STREAMS < 0 || USERS < 1 || STREAM_RATE <= 0 || RATE <= 0 || DURATION < 1) {
      throw new IllegalArgumentException(
          "streams must be 0 or more; users, streamRate, rate and duration more than 0");
    }
  }

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("application/json")
          .userAgentHeader("Pathways benchmark (Gatling)")
          .disableCaching()
          .disableWarmUp()
          // Events that no check waits for are kept (the newest 200) for readEvents().
          .sseUnmatchedInboundMessageBufferSize(200);

  private static final ChainBuilder OPEN_STREAM =
      exec(
          sse("open stream")
              .get("/api/me/events")
              .header("Authorization", "Bearer #{token}")
              .header("Accept", "text/event-stream"));

  /** A page left open: signed in, its stream open until the run ends. */
  private final ScenarioBuilder openPages =
      scenario("Open pages")
          .exec(
              session -> {
                String id = UUID.randomUUID().toString();
                return session
                    .set("email", "live-" + id + "@example.org")
                    .set("password", "Live-" + id);
              })
          .exec(Resend.signUp("sign up", "Page Left Open", Resend::triedForAMinute, (s, x) -> {}))
          .exitHereIf(session -> !Resend.created(session))
          .exec(Resend.signIn("sign in", Resend::triedForAMinute, (s, x) -> {}))
          .exitHereIf(session -> !Resend.created(session) || !session.contains("token"))
          .exec(OPEN_STREAM)
          // Open until the last teacher has left: the pages' arrivals, the teachers', the visits.
          .pause(PAGES.plus(ARRIVALS).plusSeconds(DURATION))
          .exec(sse("open stream").close());

  /** The teachers' visit, with their own stream open and its events read after each visit. */
  private final ScenarioBuilder teachers =
      scenario("Teachers")
          .exec(TeacherJourneySimulation.SET_UP)
          .exec(OPEN_STREAM)
          .exec(
              during(Duration.ofSeconds(DURATION))
                  .on(exec(TeacherJourneySimulation.VISIT).exec(readEvents())))
          .exec(sse("open stream").close());

  {
    Duration pages = PAGES;
    Duration arrivals = ARRIVALS;
    List<PopulationBuilder> populations = new ArrayList<>();
    if (STREAMS > 0) {
      populations.add(openPages.injectOpen(rampUsers(STREAMS).during(pages)));
    }
    // The teachers start once the pages are open, so the mix runs beside all the streams.
    populations.add(
        STREAMS > 0
            ? teachers.injectOpen(nothingFor(pages), rampUsers(USERS).during(arrivals))
            : teachers.injectOpen(rampUsers(USERS).during(arrivals)));
    setUp(populations)
        .protocols(protocol)
        .maxDuration(pages.plus(arrivals).plusSeconds(DURATION).plusMinutes(3));
  }

  /** Each step the visit sent: the delay to its progress event, if the stream got one. */
  private static ChainBuilder readEvents() {
    return exec(
        HttpDsl.sse.processUnmatchedMessages(
                (List<SseInboundMessage> messages, Session session) -> {
                  if (!session.contains("stepSentAt")) {
                    return session;
                  }
                  long sentAt = session.getLong("stepSentAt");
                  String step = "\\\"stepKey\\\":\\\"" + session.getString("stepKey") + "\\\"";
                  SENT.incrementAndGet();
                  boolean seen = false;
                  for (SseInboundMessage message : messages) {
                    if (!seen
                        && message.timestamp() >= sentAt
                        && message.message().contains("progress")
                        && message.message().contains(step)) {
                      DELAYS.add(message.timestamp() - sentAt);
                      seen = true;
                    }
                  }
                  if (!seen) {
                    UNSEEN.incrementAndGet();
                  }
                  return session.remove("stepSentAt");
                }));
  }

  @Override
  public void before() {
    RequestSummary.printAtExit("livestreamssimulation-");
  }

  @Override
  public void after() {
    List<Long> delays = new ArrayList<>(DELAYS);
    Collections.sort(delays);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Live updates: %d open streams beside %d teachers; %d steps sent, %d progress events seen,"
            + " %d without one (a step locked, a quiz failed or a step completed before gives none)%n",
        STREAMS,
        USERS,
        SENT.get(),
        delays.size(),
        UNSEEN.get());
    if (!delays.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "Completion sent to its event on the teacher's stream (ms): p50 %d, p95 %d, p99 %d,"
              + " max %d%n",
          percentile(delays, 50),
          percentile(delays, 95),
          percentile(delays, 99),
          delays.get(delays.size() - 1));
    }
  }

  private static long percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
