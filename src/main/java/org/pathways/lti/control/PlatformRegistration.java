package org.pathways.lti.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathways.lti.entity.PlatformRequest;
import org.pathways.platform.entity.Refusal.FieldError;

/**
 * What makes a registration valid: an issuer, a client id, at least one deployment id, and three
 * absolute https addresses (http only for localhost and 127.0.0.1, for a platform on the same
 * machine) without credentials or a fragment.
 */
public final class PlatformRegistration {

  static final int MAX_URL = 2000;
  static final int MAX_ID = 255;
  static final int MAX_DEPLOYMENTS = 50;

  private PlatformRegistration() {}

  /** Each field that is not valid, and why; empty when the request may be registered. */
  public static List<FieldError> errors(PlatformRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (!url(request.issuer, 500)) {
      errors.add(FieldError.of("issuer", "lti.platform.issuer.invalid"));
    }
    if (!id(request.clientId)) {
      errors.add(FieldError.of("clientId", "lti.platform.client_id.invalid"));
    }
    List<String> deployments = request.deploymentIds == null ? List.of() : request.deploymentIds;
    if (deployments.isEmpty()
        || deployments.size() > MAX_DEPLOYMENTS
        || !deployments.stream().allMatch(PlatformRegistration::id)) {
      errors.add(FieldError.of("deploymentIds", "lti.platform.deployment_ids.invalid"));
    }
    if (!url(request.authLoginUrl, MAX_URL)) {
      errors.add(FieldError.of("authLoginUrl", "lti.platform.url.invalid"));
    }
    if (!url(request.authTokenUrl, MAX_URL)) {
      errors.add(FieldError.of("authTokenUrl", "lti.platform.url.invalid"));
    }
    if (!url(request.jwksUrl, MAX_URL)) {
      errors.add(FieldError.of("jwksUrl", "lti.platform.url.invalid"));
    }
    return errors;
  }

  /** An id given by the platform: present, short, one line of printable characters. */
  static boolean id(String text) {
    return text != null
        && !text.isBlank()
        && text.strip().length() <= MAX_ID
        && text.strip().chars().noneMatch(c -> Character.isISOControl(c));
  }

  /** An absolute https address (http for this machine only), no user info, no fragment. */
  static boolean url(String text, int max) {
    if (text == null || text.isBlank() || text.strip().length() > max) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isEmpty()) {
      return false;
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return "https".equals(scheme)
        || ("http".equals(scheme) && ("localhost".equals(host) || "127.0.0.1".equals(host)));
  }
}
