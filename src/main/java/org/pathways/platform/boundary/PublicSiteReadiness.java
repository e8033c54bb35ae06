package org.pathways.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready without a usable public address: mail, certificates and calendars need it. */
@Readiness
@ApplicationScoped
public class PublicSiteReadiness implements HealthCheck {

  @Inject PublicSite site;

  @Override
  public HealthCheckResponse call() {
    return new HealthCheckResponse(
        "public-url",
        site.usable() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        site.address().reason().map(reason -> Map.<String, Object>of("reason", reason)));
  }
}
