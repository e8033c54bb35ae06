package org.pathways.identity.entity;

import java.util.UUID;

/**
 * Fired inside the acceptance's transaction: the feature that owns the target (a cohort, a
 * workshop) gives the account its right there.
 */
public record InvitationAccepted(Invitation.Target target, UUID account) {}
