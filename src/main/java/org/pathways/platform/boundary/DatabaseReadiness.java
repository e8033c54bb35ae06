package org.pathways.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.pathways.platform.control.Database;
import org.pathways.platform.control.DatabaseState;
import org.pathways.platform.control.DatabaseWatch;

/** Ready only when the database answers now and its schema is up to date. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Database database;
  @Inject DatabaseWatch watch;

  @Override
  public HealthCheckResponse call() {
    DatabaseState state = database.probe();
    boolean ready = state.reachable() && watch.schemaApplied();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database")
            .status(ready)
            .withData("url", database.settings().describeUrl())
            .withData("schema", watch.schemaApplied() ? "up to date" : "not applied");
    if (!state.reachable()) {
      response.withData("problem", state.reason());
    } else if (!watch.schemaApplied()) {
      response.withData("problem", watch.schemaProblem());
    }
    return response.build();
  }
}
