package org.pathways.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathways.lti.entity.DeepLinking;

/**
 * The claims of a Deep Linking 2.0 response that places one course: issued by our client id to the
 * platform's issuer, its deployment and data echoed, one {@code ltiResourceLink} content item whose
 * launch opens the course (custom parameter {@code course}) and asks for a line item (score out of
 * 1, labelled with the course title) that the course's progress is sent to.
 */
public final class DeepLinkResponse {

  public static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
  public static final String CONTENT_ITEMS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private DeepLinkResponse() {}

  /** The claims for placing this course, answering this request, signed by the caller. */
  public static JWTClaimsSet claims(
      DeepLinking request,
      String courseSlug,
      String courseTitle,
      String launchUrl,
      String nonce,
      Instant now) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "ltiResourceLink");
    item.put("title", courseTitle);
    item.put("url", launchUrl);
    item.put("custom", Map.of("course", courseSlug));
    item.put("lineItem", Map.of("scoreMaximum", 1, "label", courseTitle));
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(request.clientId())
            .audience(request.issuer())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("nonce", nonce)
            .claim(LaunchCheck.MESSAGE_TYPE, "LtiDeepLinkingResponse")
            .claim(LaunchCheck.VERSION, "1.3.0")
            .claim(LaunchCheck.DEPLOYMENT, request.deploymentId())
            .claim(CONTENT_ITEMS, List.of(item));
    if (request.data() != null) {
      claims.claim(DATA, request.data());
    }
    return claims.build();
  }
}
