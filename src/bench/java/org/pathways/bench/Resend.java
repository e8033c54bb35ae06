package org.pathways.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;

/**
 * A sign-up or sign-in sent as a person would: a 503 (the platform is busy hashing passwords) is
 * answered by waiting its {@code Retry-After} and sending again, until a 201 or until {@code
 * giveUp} says the person has stopped trying. Any other answer ends the attempts (and fails the
 * request). The answer's status is left in {@code status}, a token in {@code token}.
 */
final class Resend {

  private Resend() {}

  static ChainBuilder untilCreated(
      String name,
      String path,
      Function<Session, String> body,
      Predicate<Session> giveUp,
      ObjIntConsumer<Session> answered) {
    return exec(session ->
            session.set("status", 503).set("retryAfter", "1").set("since", System.nanoTime()))
        .asLongAs(session -> session.getInt("status") == 503 && !giveUp.test(session))
        .on(
            exec(session -> session.set("status", -1))
                .exec(
                    http(name)
                        .post(path)
                        .body(StringBody(body))
                        .asJson()
                        .check(
                            status().in(201, 503).saveAs("status"),
                            header("Retry-After").optional().saveAs("retryAfter"),
                            jmesPath("token").optional().saveAs("token")))
                .exec(
                    session -> {
                      answered.accept(session, session.getInt("status"));
                      return session;
                    })
                .doIf(session -> session.getInt("status") == 503)
                .then(
                    pause(
                        session ->
                            Duration.ofSeconds(Long.parseLong(session.getString("retryAfter"))))));
  }

  /** Signs up with the session's {@code email} and {@code password}, named {@code person}. */
  static ChainBuilder signUp(
      String name, String person, Predicate<Session> giveUp, ObjIntConsumer<Session> answered) {
    return untilCreated(
        name,
        "/api/accounts",
        session ->
            "{\"email\":\""
                + session.getString("email")
                + "\",\"password\":\""
                + session.getString("password")
                + "\",\"name\":\""
                + person
                + "\"}",
        giveUp,
        answered);
  }

  /** Asks for a token with the session's {@code email} and {@code password}. */
  static ChainBuilder signIn(
      String name, Predicate<Session> giveUp, ObjIntConsumer<Session> answered) {
    return untilCreated(
        name,
        "/api/tokens",
        session ->
            "{\"email\":\""
                + session.getString("email")
                + "\",\"password\":\""
                + session.getString("password")
                + "\"}",
        giveUp,
        answered);
  }

  /** A person who has been trying for a minute stops. */
  static boolean triedForAMinute(Session session) {
    return System.nanoTime() - session.getLong("since") > 60_000_000_000L;
  }

  /** Whether the last attempt was answered 201. */
  static boolean created(Session session) {
    return session.contains("status") && session.getInt("status") == 201;
  }
}
