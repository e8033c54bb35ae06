package org.pathways.identity.entity;

import java.util.UUID;

/**
 * Fired inside the transaction that takes a role from an account: every feature ends the rights it
 * gave for that role (losing FACILITATOR ends every cohort's and workshop's facilitation), so the
 * next request on any instance finds them gone.
 */
public record RoleWithdrawn(UUID account, Role role) {}
