package org.pathways.identity.control;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.pathways.identity.entity.Role;

/**
 * A change of an account's roles, from {@code before} to {@code after}: whether it takes the
 * administrator role away (then {@link LastAdministrator} has a say), which roles it withdraws
 * (each is announced, so that what the role gave ends too) and how the audit log records it.
 */
public record RoleChange(Set<Role> before, Set<Role> after) {

  /** Whether the account gives up the ADMIN role. */
  public boolean dropsAdministrator() {
    return before.contains(Role.ADMIN) && !after.contains(Role.ADMIN);
  }

  /** The roles the account had and no longer has. */
  public Set<Role> withdrawn() {
    Set<Role> withdrawn = EnumSet.noneOf(Role.class);
    before.stream().filter(role -> !after.contains(role)).forEach(withdrawn::add);
    return withdrawn;
  }

  /** The change as the audit log records it. */
  public String summary() {
    return before + " -> " + after;
  }

  /** The roles with {@code role} added, or empty when the account already holds it. */
  public static Optional<Set<Role>> granting(Set<Role> roles, Role role) {
    if (roles.contains(role)) {
      return Optional.empty();
    }
    Set<Role> granted = EnumSet.of(role);
    granted.addAll(roles);
    return Optional.of(granted);
  }
}
