package org.pathways.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.platform.boundary.PublicSite;

/**
 * The LRS settings ({@code pathways.xapi.*}, or {@code PATHWAYS_XAPI_*} in the environment): its
 * endpoint, Basic credentials (the password is never logged or shown), whether actors are named by
 * email, and how often the sweep runs. xAPI is on only with an endpoint and a usable public address
 * (the actor's home page and every activity id are public addresses).
 */
@ApplicationScoped
public class XapiSettings {

  @Inject PublicSite site;

  @Inject
  @ConfigProperty(name = "pathways.xapi.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "pathways.xapi.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "pathways.xapi.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "pathways.xapi.mbox", defaultValue = "false")
  boolean mbox;

  @Inject
  @ConfigProperty(name = "pathways.xapi.seconds", defaultValue = "30")
  int seconds;

  public boolean configured() {
    return endpoint.filter(e -> !e.isBlank()).isPresent() && site.usable();
  }

  public String endpoint() {
    return endpoint.orElse("");
  }

  String username() {
    return username.orElse("");
  }

  String password() {
    return password.orElse("");
  }

  public boolean mbox() {
    return mbox;
  }

  public int seconds() {
    return seconds;
  }

  /** The actor's home page: the platform's public address. */
  public String homePage() {
    return site.root();
  }
}
