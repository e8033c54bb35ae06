package org.pathways.identity.control;

import java.util.Set;
import org.pathways.identity.entity.Role;

/**
 * The platform always keeps an administrator: nobody else can assign roles, so an account that
 * gives up the last ADMIN role (its own or another's) would lock everyone out of administration.
 */
public final class LastAdministrator {

  private LastAdministrator() {}

  /**
   * Whether changing an account's roles from {@code before} to {@code after} leaves no account with
   * the ADMIN role, when {@code administrators} accounts have it now.
   */
  public static boolean wouldBeRemoved(Set<Role> before, Set<Role> after, long administrators) {
    return before.contains(Role.ADMIN) && !after.contains(Role.ADMIN) && administrators <= 1;
  }
}
