package org.pathways.forum.entity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * In-app notifications of a new post were written for these followers of its thread, fired inside
 * the post's transaction (observers that write must write in it).
 */
public record ForumNotified(UUID thread, UUID post, List<UUID> followers, Instant at) {}
