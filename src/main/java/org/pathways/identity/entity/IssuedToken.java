package org.pathways.identity.entity;

import java.time.Instant;
import java.util.UUID;

/** A token just issued: the only moment its secret is known in clear. */
public record IssuedToken(UUID id, String token, Instant expiresAt)
    implements java.io.Serializable {}
