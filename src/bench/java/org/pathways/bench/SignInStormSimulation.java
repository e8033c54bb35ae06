package org.pathways.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A district's onboarding storm beside teachers already signed in, measured per population.
 *
 * <p>{@code teachers} teachers (16) sign up, sign in and enrol during the {@code warmup} (20 s),
 * then repeat the visit of {@link TeacherJourneySimulation} until the storm is over. After the
 * warm-up, {@code stormUsers} teachers (300) arrive at {@code stormRate} per second (10); each
 * signs up and, after {@code think} seconds (1, give or take half), signs in, with the platform's
 * real password hash, then opens the course outline and leaves. A 503 (hashing saturated) is
 * answered by waiting its Retry-After and sending again, as the page asks a person to. The storm is
 * over when every storm teacher has left, or {@code duration} seconds (60) after it began, when
 * those still trying give up. At the end, besides Gatling's tables, one line per population: the
 * signed-in teachers before and during the storm, the storm's requests, and the storm teachers'
 * time from arrival to their token.
 */
public class SignInStormSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
  private static final int TEACHERS = positiveInt("teachers", 16);
  private static final int STORM = positiveInt("stormUsers", 300);
  private static final double STORM_RATE = positiveDouble("stormRate", 10);
  private static final int WARMUP = positiveInt("warmup", 20);
  private static final int WINDOW = positiveInt("duration", 60);
  private static final String COURSE = System.getProperty("course", "k5-online-workshop");
  private static final double THINK = Double.parseDouble(System.getProperty("think", "1"));

  static final String BEFORE = "signed-in teachers, before the storm";
  static final String DURING = "signed-in teachers, during the storm";
  static final String AFTER = "signed-in teachers, after the storm";
  static final String STORM_REQUESTS = "storm teachers' requests";
  static final String STORM_TOKENS = "storm teachers, arrival to token";

  private static final PopulationFigures FIGURES =
      new PopulationFigures(BEFORE, DURING, STORM_REQUESTS, STORM_TOKENS);
  private static final AtomicLong stormBegan = new AtomicLong();
  private static final AtomicInteger arrived = new AtomicInteger();
  private static final AtomicInteger inStorm = new AtomicInteger();
  private static final AtomicInteger signedIn = new AtomicInteger();

  private final ScenarioBuilder steady =
      scenario("Signed-in teachers")
          .exec(TeacherJourneySimulation.SET_UP)
          .exec(asLongAs(session -> !stormOver()).on(TeacherJourneySimulation.VISIT));

  private final ScenarioBuilder storm =
      scenario("Sign-in storm")
          .exec(SignInStormSimulation::arrive)
          .exec(Resend.signUp("storm: sign up", "Storm Teacher", giveUp(), countStatus()))
          .pause(
              Duration.ofMillis(Math.round(THINK * 500)),
              Duration.ofMillis(Math.round(THINK * 1500)))
          .exec(Resend.signIn("storm: sign in", giveUp(), countStatus()))
          .doIf(session -> session.contains("token"))
          .then(
              exec(SignInStormSimulation::tokenReceived)
                  .exec(
                      http("storm: course outline")
                          .get("/api/courses/" + COURSE)
                          .header("Authorization", "Bearer #{token}")
                          .check(status().is(200))))
          .exec(
              session -> {
                inStorm.decrementAndGet();
                return session;
              });

  {
    setUp(
            steady
                .injectOpen(rampUsers(TEACHERS).during(Duration.ofMillis(WARMUP * 750L)))
                .protocols(protocol(SignInStormSimulation::steadyPhase)),
            storm
                .injectOpen(
                    nothingFor(Duration.ofSeconds(WARMUP)),
                    rampUsers(STORM)
                        .during(Duration.ofMillis(Math.round(STORM / STORM_RATE * 1000))))
                .protocols(protocol(() -> STORM_REQUESTS)))
        .maxDuration(Duration.ofSeconds(WARMUP + WINDOW + 20L));
  }

  @Override
  public void before() {
    RequestSummary.printAtExit("signinstormsimulation-");
  }

  @Override
  public void after() {
    System.out.print(FIGURES.table());
    System.out.printf(
        "Storm: %d of %d teachers arrived, %d signed in within the %d s window.%n",
        arrived.get(), STORM, signedIn.get(), WINDOW);
    System.out.flush();
  }

  /** Every request of a population reports its response time to that population's line. */
  private static HttpProtocolBuilder protocol(Supplier<String> population) {
    return http.baseUrl(BASE_URL)
        .acceptHeader("application/json")
        .userAgentHeader("Pathways benchmark (Gatling)")
        .disableWarmUp()
        .check(
            responseTimeInMillis()
                .transform(
                    millis -> {
                      FIGURES.responseTime(population.get(), millis);
                      return millis;
                    }));
  }

  /** A storm teacher stops trying when the storm's window has passed. */
  private static Predicate<Session> giveUp() {
    return session -> windowPassed();
  }

  /** Every answer to a storm teacher's sign-up or sign-in counts towards its status. */
  private static ObjIntConsumer<Session> countStatus() {
    return (session, status) -> FIGURES.status(STORM_REQUESTS, status);
  }

  private static Session arrive(Session session) {
    stormBegan.compareAndSet(0, System.nanoTime());
    arrived.incrementAndGet();
    inStorm.incrementAndGet();
    String id = UUID.randomUUID().toString();
    return session
        .set("email", "storm-" + id + "@example.org")
        .set("password", "Storm-" + id)
        .set("arrival", System.nanoTime());
  }

  private static Session tokenReceived(Session session) {
    signedIn.incrementAndGet();
    FIGURES.responseTime(
        STORM_TOKENS, (int) ((System.nanoTime() - session.getLong("arrival")) / 1_000_000));
    return session;
  }

  private static String steadyPhase() {
    if (stormBegan.get() == 0) {
      return BEFORE;
    }
    return stormOver() ? AFTER : DURING;
  }

  private static boolean windowPassed() {
    long began = stormBegan.get();
    return began != 0 && System.nanoTime() - began > WINDOW * 1_000_000_000L;
  }

  /** Every storm teacher came and went, or the window passed. */
  private static boolean stormOver() {
    return stormBegan.get() != 0
        && ((arrived.get() == STORM && inStorm.get() == 0) || windowPassed());
  }

  private static int positiveInt(String name, int fallback) {
    int value = Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return value;
  }

  private static double positiveDouble(String name, double fallback) {
    double value = Double.parseDouble(System.getProperty(name, String.valueOf(fallback)));
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be more than 0");
    }
    return value;
  }
}
