package org.pathways.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.pathways.platform.control.DatabaseWatch;

/**
 * Live while the platform's background work still runs: a database watch that has not beaten for
 * many intervals means a wedged process, which a restart cures. A database that is away does not
 * make the platform un-live.
 */
@Liveness
@ApplicationScoped
public class WatchLiveness implements HealthCheck {

  private static final int MISSED_BEATS_ALLOWED = 24;

  @Inject DatabaseWatch watch;
  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    Instant heartbeat = watch.heartbeat();
    Duration allowed = Duration.ofSeconds((long) watch.intervalSeconds() * MISSED_BEATS_ALLOWED);
    boolean live =
        heartbeat == null || Duration.between(heartbeat, clock.instant()).compareTo(allowed) <= 0;
    return HealthCheckResponse.named("background-work")
        .status(live)
        .withData("lastBeat", heartbeat == null ? "starting" : heartbeat.toString())
        .build();
  }
}
