package org.pathways.platform.entity;

/**
 * That something a cache may hold changed: a region (which cache, such as {@code identity:token})
 * and a key within it, both text so that the message can cross to other instances as it is; or
 * {@link #everything()}, when this instance may have missed changes (the grid's members changed).
 */
public record Invalidation(String region, String key) {

  private static final String ALL = "*";

  /** Every cache forgets everything it holds. */
  public static Invalidation everything() {
    return new Invalidation(ALL, ALL);
  }

  /** Whether every cache is to forget everything. */
  public boolean all() {
    return ALL.equals(region);
  }

  public Invalidation {
    if (region == null || key == null) {
      throw new IllegalArgumentException("an invalidation names its region and key");
    }
  }
}
