package org.pathways.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements this thread sends through JPA, so that a diagnostic header can show
 * what a page cost ({@code pathways.diagnostics.query-count}). Installed as EclipseLink's session
 * customizer (through {@link SessionRules}); counting is a thread-local increment, cheap enough to
 * leave on.
 */
public class QueryCounter implements SessionCustomizer {

  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  @Override
  public void customize(Session session) {
    session
        .getEventManager()
        .addListener(
            new SessionEventAdapter() {
              @Override
              public void preExecuteCall(SessionEvent event) {
                COUNT.get()[0]++;
              }
            });
  }

  /** Starts counting afresh for this thread. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** Statements sent by this thread since {@link #reset()}. */
  public static int count() {
    return COUNT.get()[0];
  }
}
