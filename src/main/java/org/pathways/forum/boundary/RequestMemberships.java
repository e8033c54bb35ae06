package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The caller's cohort memberships, read once per request: a thread page checks the space of the
 * thread, then of each post and the moderator's right, and each check needs them.
 */
@RequestScoped
public class RequestMemberships {

  private final Map<UUID, Spaces.Memberships> known = new HashMap<>();

  // Methods, never the field: Spaces holds a client proxy, and a field read on the proxy reads
  // the proxy's own map, which lives as long as the application (memberships then never changed
  // after a caller's first forum request).
  Spaces.Memberships get(UUID account) {
    return known.get(account);
  }

  void put(UUID account, Spaces.Memberships memberships) {
    known.put(account, memberships);
  }
}
