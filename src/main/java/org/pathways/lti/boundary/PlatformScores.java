package org.pathways.lti.boundary;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.pathways.lti.control.Scores;
import org.pathways.lti.entity.LtiPlatform;

/**
 * Posts one score to a platform's line item ({@link Scores}), with a bearer token from {@link
 * PlatformTokens}; a token the platform refuses (401) is forgotten, so the next attempt fetches
 * another. Never called inside a transaction.
 */
@ApplicationScoped
public class PlatformScores {

  @Inject PlatformTokens tokens;
  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** Posts the score; answers the problem, or empty when the LMS took it. */
  public Optional<String> post(
      LtiPlatform platform, String lineItem, String user, double fraction) {
    String token;
    try {
      token = tokens.token(platform);
    } catch (PlatformTokens.Failure failure) {
      return Optional.of(failure.getMessage());
    }
    String body = JSONObjectUtils.toJSONString(Scores.body(user, fraction, clock.instant()));
    try {
      URI scores = Scores.scoresUrl(lineItem);
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(scores)
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", Scores.MEDIA_TYPE)
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() / 100 == 2) {
        return Optional.empty();
      }
      if (answer.statusCode() == 401) {
        tokens.forget(platform.getId());
      }
      return Optional.of("scores endpoint answered " + answer.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("scores endpoint not reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }
}
