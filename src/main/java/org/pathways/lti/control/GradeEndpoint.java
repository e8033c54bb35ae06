package org.pathways.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Assignment and Grade Services claim of a launch: the line item (gradebook column) Pathways
 * may post scores to, when the platform granted the score scope. A launch without it, or with only
 * the line items list, sends no grades.
 */
public final class GradeEndpoint {

  public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

  private GradeEndpoint() {}

  /** The line item URL to post scores to, when the claim grants the score scope. */
  public static Optional<String> lineItem(JWTClaimsSet claims) {
    Map<String, Object> endpoint;
    try {
      endpoint = claims.getJSONObjectClaim(CLAIM);
    } catch (ParseException e) {
      return Optional.empty();
    }
    if (endpoint == null
        || !(endpoint.get("scope") instanceof List<?> scopes)
        || !scopes.contains(SCORE_SCOPE)
        || !(endpoint.get("lineitem") instanceof String url)
        || !PlatformRegistration.url(url, PlatformRegistration.MAX_URL)) {
      return Optional.empty();
    }
    return Optional.of(url.strip());
  }
}
