package org.pathways.live.entity;

import java.util.Locale;

/** What a live event tells; its wire name is the SSE event name. */
public enum LiveKind {
  PROGRESS,
  FEEDBACK,
  NOTIFICATION;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LiveKind ofWire(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }
}
