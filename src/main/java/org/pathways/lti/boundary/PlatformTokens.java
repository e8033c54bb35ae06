package org.pathways.lti.boundary;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pathways.lti.control.GradeEndpoint;
import org.pathways.lti.entity.LtiPlatform;

/**
 * Access tokens for a platform's grade service: OAuth 2.0 client credentials, the client
 * authenticated by a JWT (RFC 7523) that the tool key signs, issued and subject our client id,
 * audience the platform's token URL, valid five minutes. A token is kept per platform until a
 * minute before it expires. Errors say what the platform answered, never a token.
 */
@ApplicationScoped
public class PlatformTokens {

  static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
  static final Duration MARGIN = Duration.ofMinutes(1);
  static final Duration UNSTATED_LIFETIME = Duration.ofMinutes(5);
  static final int TIMEOUT_MILLIS = 15_000;

  /** A platform's grade service could not be reached or refused the tool. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private record Kept(String value, Instant expires) {}

  @Inject ToolKeys keys;
  @Inject Clock clock;

  private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

  /** A bearer token with the score scope for this platform. */
  public String token(LtiPlatform platform) throws Failure {
    Instant now = clock.instant();
    Kept known = kept.get(platform.getId());
    if (known != null && now.isBefore(known.expires())) {
      return known.value();
    }
    Kept fresh = fetch(platform, now);
    kept.put(platform.getId(), fresh);
    return fresh.value();
  }

  /** Forgets this platform's token (the grade service refused it). */
  public void forget(UUID platform) {
    kept.remove(platform);
  }

  private Kept fetch(LtiPlatform platform, Instant now) throws Failure {
    URI tokenUrl = URI.create(platform.getAuthTokenUrl());
    ClientID client = new ClientID(platform.getClientId());
    JWTAuthenticationClaimsSet assertion =
        new JWTAuthenticationClaimsSet(
            client,
            Audience.create(platform.getAuthTokenUrl()),
            Date.from(now.plus(ASSERTION_LIFETIME)),
            null,
            Date.from(now),
            new JWTID());
    TokenResponse response;
    try {
      PrivateKeyJWT authentication =
          new PrivateKeyJWT(SignedJWT.parse(keys.sign(assertion.toJWTClaimsSet())));
      HTTPRequest request =
          new TokenRequest(
                  tokenUrl,
                  authentication,
                  new ClientCredentialsGrant(),
                  new Scope(GradeEndpoint.SCORE_SCOPE))
              .toHTTPRequest();
      request.setConnectTimeout(TIMEOUT_MILLIS);
      request.setReadTimeout(TIMEOUT_MILLIS);
      response = TokenResponse.parse(request.send());
    } catch (IOException e) {
      throw new Failure("token endpoint not reached: " + e.getClass().getSimpleName());
    } catch (ParseException | java.text.ParseException e) {
      throw new Failure("token endpoint answer not understood");
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw new Failure(
          "token endpoint answered "
              + error.getHTTPStatusCode()
              + (error.getCode() == null ? "" : " " + error.getCode()));
    }
    AccessTokenResponse success = response.toSuccessResponse();
    AccessToken token = success.getTokens().getAccessToken();
    Duration lifetime =
        token.getLifetime() > 0 ? Duration.ofSeconds(token.getLifetime()) : UNSTATED_LIFETIME;
    Duration keep =
        lifetime.compareTo(MARGIN.multipliedBy(2)) > 0
            ? lifetime.minus(MARGIN)
            : lifetime.dividedBy(2);
    return new Kept(token.getValue(), now.plus(keep));
  }
}
