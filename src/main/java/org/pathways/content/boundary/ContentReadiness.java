package org.pathways.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.pathways.content.entity.ContentState;

/** Ready when content is loaded, at least one course is served, and each is in the database. */
@Readiness
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

  @Inject ContentLibrary library;
  @Inject ContentSync sync;

  @Override
  public HealthCheckResponse call() {
    ContentState state = library.state();
    boolean ready = state.loaded() && !state.courses().isEmpty() && sync.upToDate();
    return HealthCheckResponse.named("content")
        .status(ready)
        .withData("courses", state.courses().size())
        .withData("problems", state.problems().size())
        .withData("recorded", sync.upToDate() ? "yes" : "not yet")
        .build();
  }
}
