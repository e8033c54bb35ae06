package org.pathways.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pathways.platform.control.PublicAddress;

/**
 * The one place that knows the platform's public address ({@code pathways.public-url}): every link
 * that leaves the site starts here. Without the setting the platform says so at start-up, reports
 * not-ready, and builds no such link.
 */
@ApplicationScoped
public class PublicSite {

  static final String KEY = "pathways.public-url";
  private static final Logger LOG = Logger.getLogger(PublicSite.class.getName());

  private PublicAddress address;

  PublicSite() {
    // for CDI, which reads the setting in read()
  }

  PublicSite(PublicAddress address) {
    this.address = address;
  }

  /** The setting as configured now (for listeners and filters that CDI does not create). */
  public static PublicAddress configured() {
    return PublicAddress.of(
        ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(null));
  }

  @PostConstruct
  void read() {
    address = configured();
  }

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    address.problem().ifPresent(problem -> LOG.severe(problem + " Pathways reports not-ready."));
  }

  public PublicAddress address() {
    return address;
  }

  public boolean usable() {
    return address.usable();
  }

  /** The site's root without a trailing slash; refuses when the setting is not usable. */
  public String root() {
    return address.root();
  }

  /** The absolute address of a path of this site; refuses when the setting is not usable. */
  public String link(String path) {
    return address.link(path);
  }
}
