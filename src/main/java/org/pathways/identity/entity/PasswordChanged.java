package org.pathways.identity.entity;

import java.util.UUID;

/**
 * Fired inside the transaction of a password reset or change: whoever knew the old password may
 * hold secrets of the account, so every feature ends those it keeps (such as calendar-feed
 * addresses).
 */
public record PasswordChanged(UUID account) {}
