package org.pathways.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the platform: rules take it by injection so that tests can fix the time. */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
