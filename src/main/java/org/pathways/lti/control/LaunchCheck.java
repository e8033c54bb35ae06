package org.pathways.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a launch's id_token once its signature is verified against the platform's keys:
 * issuer, audience (and azp when there are several audiences), times, nonce, deployment, message
 * type and version. Answers the first problem found, as the word the refusal page knows.
 */
public final class LaunchCheck {

  public static final String DEPLOYMENT = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";
  public static final String MESSAGE_TYPE =
      "https://purl.imsglobal.org/spec/lti/claim/message_type";
  public static final String VERSION = "https://purl.imsglobal.org/spec/lti/claim/version";
  public static final String CUSTOM = "https://purl.imsglobal.org/spec/lti/claim/custom";
  public static final String RESOURCE_LINK = "LtiResourceLinkRequest";
  public static final String DEEP_LINKING = "LtiDeepLinkingRequest";
  public static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

  /** Clocks of the platform and of Pathways may differ this much. */
  static final Duration SKEW = Duration.ofSeconds(60);

  /** A token issued longer ago than this is too old, whatever its expiry says. */
  static final Duration MAX_AGE = Duration.ofMinutes(10);

  private LaunchCheck() {}

  /** What the launch must match: the registered platform and the nonce sent with the login. */
  public record Expected(
      String issuer, String clientId, List<String> deploymentIds, String nonce) {}

  /** The first problem of these verified claims, or empty when the launch may go on. */
  public static Optional<String> problem(JWTClaimsSet claims, Expected expected, Instant now) {
    if (!expected.issuer().equals(claims.getIssuer())) {
      return Optional.of("issuer");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(expected.clientId())) {
      return Optional.of("audience");
    }
    String azp = string(claims, "azp");
    if ((audience.size() > 1 || azp != null) && !expected.clientId().equals(azp)) {
      return Optional.of("audience");
    }
    Date expires = claims.getExpirationTime();
    Date issued = claims.getIssueTime();
    if (expires == null
        || issued == null
        || !now.minus(SKEW).isBefore(expires.toInstant())
        || issued.toInstant().isAfter(now.plus(SKEW))
        || issued.toInstant().isBefore(now.minus(MAX_AGE))) {
      return Optional.of("expired");
    }
    if (claims.getSubject() == null || claims.getSubject().isBlank()) {
      return Optional.of("token");
    }
    if (expected.nonce() == null || !expected.nonce().equals(string(claims, "nonce"))) {
      return Optional.of("nonce");
    }
    String deployment = string(claims, DEPLOYMENT);
    if (deployment == null || !expected.deploymentIds().contains(deployment)) {
      return Optional.of("deployment");
    }
    String type = string(claims, MESSAGE_TYPE);
    if (!(RESOURCE_LINK.equals(type) || DEEP_LINKING.equals(type))
        || !"1.3.0".equals(string(claims, VERSION))) {
      return Optional.of("message");
    }
    if (DEEP_LINKING.equals(type) && deepLinking(claims).isEmpty()) {
      return Optional.of("message");
    }
    return Optional.empty();
  }

  /** What a deep linking request asks for: where to send the choice, and its data to echo. */
  public record DeepLinkingSettings(String returnUrl, String data) {}

  /**
   * The settings of a deep linking request, when it is one and names a return address (https, or
   * http on this machine, as a registered platform's addresses).
   */
  public static Optional<DeepLinkingSettings> deepLinking(JWTClaimsSet claims) {
    if (!DEEP_LINKING.equals(string(claims, MESSAGE_TYPE))) {
      return Optional.empty();
    }
    try {
      Map<String, Object> settings = claims.getJSONObjectClaim(DEEP_LINKING_SETTINGS);
      Object url = settings == null ? null : settings.get("deep_link_return_url");
      Object data = settings == null ? null : settings.get("data");
      return url instanceof String returnUrl && PlatformRegistration.url(returnUrl, 2000)
          ? Optional.of(
              new DeepLinkingSettings(returnUrl.strip(), data instanceof String text ? text : null))
          : Optional.empty();
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  /** The custom parameter {@code course}: the slug of the course the link opens. */
  public static Optional<String> course(JWTClaimsSet claims) {
    try {
      Map<String, Object> custom = claims.getJSONObjectClaim(CUSTOM);
      Object course = custom == null ? null : custom.get("course");
      return course instanceof String slug && !slug.isBlank()
          ? Optional.of(slug.strip())
          : Optional.empty();
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  /** A string claim, or null when it is missing or not a string. */
  public static String string(JWTClaimsSet claims, String name) {
    try {
      return claims.getStringClaim(name);
    } catch (ParseException e) {
      return null;
    }
  }
}
