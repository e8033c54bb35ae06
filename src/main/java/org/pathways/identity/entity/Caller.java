package org.pathways.identity.entity;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making this request: a signed-in account with its roles and the language and time zone its
 * profile gives (null when not said), or nobody.
 */
public record Caller(UUID id, String name, Set<Role> roles, Locale language, ZoneId timeZone) {

  public static final Caller ANONYMOUS = new Caller(null, "", Set.of());

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** A caller whose profile says nothing of language and time zone. */
  public Caller(UUID id, String name, Set<Role> roles) {
    this(id, name, roles, null, null);
  }

  public boolean signedIn() {
    return id != null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this caller facilitates what has these facilitators: listed (through an accepted
   * invitation) and still holding the FACILITATOR role, which a withdrawal takes away at once.
   */
  public boolean facilitatorIn(Set<UUID> facilitators) {
    return signedIn() && has(Role.FACILITATOR) && facilitators.contains(id);
  }

  public boolean is(UUID account) {
    return id != null && id.equals(account);
  }
}
