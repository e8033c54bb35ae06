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

  final Map<UUID, Spaces.Memberships> known = new HashMap<>();
}
