package org.pathways.platform.entity;

import java.util.UUID;

/** Record ids as they arrive in paths and parameters. */
public final class Ids {

  private Ids() {}

  /** The id, or null when the text is not one (callers then answer 404, as for an unknown id). */
  public static UUID uuid(String id) {
    try {
      return id == null ? null : UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
