package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pathways.identity.entity.AccessRule;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.platform.control.LogText;
import org.pathways.platform.entity.Refusal;

/**
 * The one answer to "may this caller do this to this record", for pages and the API alike. Features
 * add {@link AccessRule} beans for their records. Every refusal is logged; where the record's
 * existence is private it is refused as not found.
 */
@ApplicationScoped
public class Authorization {

  private static final Logger LOG = Logger.getLogger(Authorization.class.getName());

  @Inject @Any Instance<AccessRule<?>> rules;

  public boolean permits(Caller caller, Permission permission, Object record) {
    if (!caller.signedIn()) {
      return false;
    }
    for (AccessRule<?> rule : rules) {
      if (rule.recordType().isInstance(record) && decide(rule, caller, permission, record)) {
        return true;
      }
    }
    return false;
  }

  /** Refuses unless the caller holds the permission on the record. */
  public void require(Caller caller, Permission permission, Object record) {
    requireSignedIn(caller);
    if (!permits(caller, permission, record)) {
      throw deny(caller, permission, String.valueOf(record));
    }
  }

  /** Program managers and administrators organise the program: cohorts and workshops. */
  public boolean organises(Caller caller) {
    return caller.hasAny(Role.PROGRAM_MANAGER, Role.ADMIN);
  }

  /** Content administrators and administrators manage the course packages and moderate. */
  public boolean managesContent(Caller caller) {
    return caller.hasAny(Role.CONTENT_ADMIN, Role.ADMIN);
  }

  /** Administrators run the platform: roles, accounts and sweeps by hand. */
  public boolean administers(Caller caller) {
    return caller.has(Role.ADMIN);
  }

  /** Refuses unless the caller {@link #organises} the program. */
  public void requireOrganiser(Caller caller, Permission permission) {
    requireRole(caller, permission, Role.PROGRAM_MANAGER, Role.ADMIN);
  }

  /** Refuses unless the caller {@link #managesContent manages content}. */
  public void requireContentManager(Caller caller, Permission permission) {
    requireRole(caller, permission, Role.CONTENT_ADMIN, Role.ADMIN);
  }

  /** Refuses unless the caller has one of these roles. */
  public void requireRole(Caller caller, Permission permission, Role... roles) {
    requireSignedIn(caller);
    if (!caller.hasAny(roles)) {
      throw deny(caller, permission, "");
    }
  }

  public void requireSignedIn(Caller caller) {
    if (!caller.signedIn()) {
      throw Refusal.of(Refusal.Kind.NOT_SIGNED_IN, "identity.sign_in_first");
    }
  }

  private Refusal deny(Caller caller, Permission permission, String record) {
    LOG.warning(
        () ->
            "Refused "
                + permission.name()
                + " on "
                + LogText.safe(record)
                + " to account "
                + caller.id());
    return permission.existencePrivate()
        ? Refusal.of(Refusal.Kind.NOT_FOUND, "identity.not_found_or_hidden")
        : Refusal.of(Refusal.Kind.FORBIDDEN, "identity.forbidden");
  }

  @SuppressWarnings("unchecked")
  private static <T> boolean decide(
      AccessRule<T> rule, Caller caller, Permission permission, Object record) {
    return rule.permits(caller, permission, (T) record);
  }
}
