package org.pathways.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of live updates (README, "Live updates"). */
@ApplicationScoped
public class LiveSettings {

  @Inject
  @ConfigProperty(name = "pathways.live.streams-per-account", defaultValue = "5")
  int streamsPerAccount;

  @Inject
  @ConfigProperty(name = "pathways.live.heartbeat-seconds", defaultValue = "15")
  int heartbeatSeconds;

  @Inject
  @ConfigProperty(name = "pathways.live.keep-minutes", defaultValue = "15")
  int keepMinutes;

  @Inject
  @ConfigProperty(name = "pathways.live.send-timeout-seconds", defaultValue = "10")
  int sendTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "pathways.live.send-threads", defaultValue = "4")
  int sendThreads;

  /** Open streams one account may have on one instance; one more closes the oldest. */
  public int streamsPerAccount() {
    return Math.max(1, streamsPerAccount);
  }

  /**
   * How often each stream gets a comment line (a buffering proxy passes it on; a dead one fails).
   */
  public int heartbeatSeconds() {
    return Math.max(1, heartbeatSeconds);
  }

  /** How long events are kept for a page that reconnects with Last-Event-ID. */
  public Duration keep() {
    return Duration.ofMinutes(Math.max(1, keepMinutes));
  }

  /** A send still unfinished after this long closes its stream: the client is not reading. */
  public Duration sendTimeout() {
    return Duration.ofSeconds(Math.max(1, sendTimeoutSeconds));
  }

  /** Threads that write to the streams; nothing else waits on a client. */
  public int sendThreads() {
    return Math.max(1, sendThreads);
  }
}
