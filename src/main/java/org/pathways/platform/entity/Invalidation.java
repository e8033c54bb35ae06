package org.pathways.platform.entity;

/**
 * That something a cache may hold changed: a region (which cache, such as {@code identity:token})
 * and a key within it, both text so that the message can cross to other instances as it is.
 */
public record Invalidation(String region, String key) {

  public Invalidation {
    if (region == null || key == null) {
      throw new IllegalArgumentException("an invalidation names its region and key");
    }
  }
}
