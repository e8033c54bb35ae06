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

/**
 * Ready only when the database answers now and its schema is up to date. Anyone may ask, so the
 * answer says only that much; which database and what it said go to the log (see {@link Database}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Database database;
  @Inject DatabaseWatch watch;

  @Override
  public HealthCheckResponse call() {
    DatabaseState state = database.probe();
    boolean ready = state.reachable() && watch.started();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database")
            .status(ready)
            .withData("schema", watch.schemaApplied() ? "up to date" : "not applied");
    if (state.misconfigured()) {
      response.withData("reason", "settings cannot be used");
    } else if (!state.reachable()) {
      response.withData("reason", "not reachable");
    } else if (!watch.schemaApplied()) {
      response.withData("reason", "schema not applied");
    } else if (!ready) {
      response.withData("reason", "starting");
    }
    return response.build();
  }
}
