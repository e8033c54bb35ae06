package org.pathways.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * The EclipseLink session's settings that no persistence property reaches, and the {@link
 * QueryCounter}.
 *
 * <p>No query retry: by default EclipseLink runs a read outside a transaction again, up to 3 times
 * 5 s apart, after a communication failure. Behind a database that stopped answering, each try
 * waits out the driver's 8 s socket timeout, so one page would take close to a minute instead of
 * about 10 s (#23). The client tries again instead, told so by the 503 answer.
 */
public class SessionRules implements SessionCustomizer {

  @Override
  public void customize(Session session) throws Exception {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
    new QueryCounter().customize(session);
  }
}
