package org.pathways.identity.control;

import java.time.Duration;
import java.time.Instant;
import org.pathways.identity.entity.ApiToken;

/**
 * How long a bearer token lives: an API token for integrations days ({@code
 * PATHWAYS_TOKENS_API_DAYS}), the token a signed-in page carries for its scripts minutes ({@code
 * PATHWAYS_TOKENS_PAGE_MINUTES}, renewed while the session lives).
 */
public record TokenLifetimes(Duration api, Duration page) {

  /** When a token of this purpose issued at {@code issued} expires. */
  public Instant expiry(ApiToken.Purpose purpose, Instant issued) {
    return issued.plus(purpose == ApiToken.Purpose.API ? api : page);
  }
}
