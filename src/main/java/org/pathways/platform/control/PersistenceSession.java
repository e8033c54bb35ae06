package org.pathways.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.sessions.DatabaseSession;

/**
 * Connects the JPA unit to the database once it answers.
 *
 * <p>Payara opens every persistence unit while it deploys the application and, if the database is
 * away then, fails the whole deployment. So the unit deploys in EclipseLink's "validation only"
 * mode, which needs no connection, and the database watch logs it in here as soon as the database
 * answers, at start-up or later. Its connection pool then follows the database by itself.
 */
@ApplicationScoped
public class PersistenceSession {

  @PersistenceUnit(unitName = "pathways")
  EntityManagerFactory factory;

  public synchronized void connect() {
    DatabaseSession session = factory.unwrap(DatabaseSession.class);
    if (!session.isConnected()) {
      session.login();
    }
  }
}
