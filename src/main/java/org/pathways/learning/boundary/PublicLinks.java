package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links that leave the platform (on a certificate, in mail): from the public URL when it is set.
 */
@ApplicationScoped
public class PublicLinks {

  @Inject
  @ConfigProperty(name = "pathways.public-url")
  Optional<String> publicUrl;

  /** The public verification page of a certificate. */
  public String verify(UriInfo uri, String code) {
    return root(uri)
        + "/certificates/verify.xhtml?code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  public String verify(String requestRoot, String code) {
    return publicUrl.map(PublicLinks::trim).orElse(trim(requestRoot))
        + "/certificates/verify.xhtml?code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  private String root(UriInfo uri) {
    // The API lives under /api: the site root is one level up.
    String base = uri.getBaseUri().toString();
    String site = base.replaceFirst("/api/?$", "");
    return publicUrl.map(PublicLinks::trim).orElse(trim(site));
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
