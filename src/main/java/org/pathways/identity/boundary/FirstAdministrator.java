package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.platform.control.SchemaReady;

/**
 * Creates the first administrator from {@code PATHWAYS_ADMIN_EMAIL} and {@code
 * PATHWAYS_ADMIN_PASSWORD} once the database is ready; an existing account is never changed.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject AccountRoles roles;

  @Inject
  @ConfigProperty(name = "pathways.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "pathways.admin.password")
  Optional<String> password;

  void databaseReady(@Observes SchemaReady ready) {
    if (email.isEmpty() || password.isEmpty()) {
      return;
    }
    try {
      roles.ensureAdministrator(email.get(), password.get());
    } catch (RuntimeException e) {
      LOG.warning("The first administrator could not be created: " + e.getMessage());
    }
  }
}
