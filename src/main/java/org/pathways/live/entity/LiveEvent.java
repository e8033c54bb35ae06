package org.pathways.live.entity;

import java.util.UUID;

/** One event for one account's open pages: its id orders and names it ({@code Last-Event-ID}). */
public record LiveEvent(long id, UUID account, LiveKind kind, String data) {}
