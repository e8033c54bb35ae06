package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.pathways.platform.boundary.PublicSite;

/**
 * Addresses of workshop pages for mail and calendar files, which are read away from the site: from
 * the public address ({@link PublicSite}); none is built without it.
 */
@ApplicationScoped
public class WorkshopLinks {

  @Inject PublicSite publicSite;

  public boolean usable() {
    return publicSite.usable();
  }

  public String site() {
    return publicSite.root();
  }

  public String workshop(UUID id) {
    return publicSite.link("/workshops/workshop.xhtml?id=" + id);
  }

  public String journey() {
    return publicSite.link("/workshops/journey.xhtml");
  }

  public String find() {
    return publicSite.link("/workshops/index.xhtml");
  }
}
