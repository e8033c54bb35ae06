package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import org.pathways.platform.boundary.PublicSite;

/**
 * Links that leave the platform (on a certificate, in mail): from the public address ({@link
 * PublicSite}), never from the request that asks for them.
 */
@ApplicationScoped
public class PublicLinks {

  @Inject PublicSite site;

  /** The public verification page of a certificate. */
  public String verify(String code) {
    return site.link(
        UriBuilder.fromPath("/certificates/verify.xhtml")
            .queryParam("code", code)
            .build()
            .toString());
  }
}
