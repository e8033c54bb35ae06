package org.pathways.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.pathways.platform.control.ClusterSettings;
import org.pathways.platform.control.Grid;

/**
 * Says which members of the data grid this instance sees (issue #23). Never makes an instance
 * unready by itself: a member left alone after the others died must keep serving, and one running
 * without a grid is a single instance by choice.
 */
@Readiness
@ApplicationScoped
public class GridReadiness implements HealthCheck {

  @Inject Grid grid;

  @Override
  public HealthCheckResponse call() {
    Grid.Membership membership = grid.membership();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("cluster").up();
    if (!membership.on()) {
      return response.withData("members", 1).withData("grid", "off (a single instance)").build();
    }
    return response
        // Never the password's part of the name: readiness answers anyone.
        .withData("name", ClusterSettings.shownName(membership.name()))
        .withData("members", membership.members().size())
        .withData("member-addresses", String.join(", ", membership.members()))
        .build();
  }
}
