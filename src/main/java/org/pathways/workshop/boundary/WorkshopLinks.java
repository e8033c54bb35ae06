package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Addresses of workshop pages for mail and calendar files, which are read away from the site: from
 * {@code pathways.public-url}, or the local default when it is not set.
 */
@ApplicationScoped
public class WorkshopLinks {

  @Inject
  @ConfigProperty(name = "pathways.public-url")
  Optional<String> publicUrl;

  public String site() {
    String url = publicUrl.orElse("http://localhost:8080").strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String workshop(UUID id) {
    return site() + "/workshops/workshop.xhtml?id=" + id;
  }

  public String journey() {
    return site() + "/workshops/journey.xhtml";
  }

  public String find() {
    return site() + "/workshops/index.xhtml";
  }
}
