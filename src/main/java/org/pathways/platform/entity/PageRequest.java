package org.pathways.platform.entity;

/**
 * Which page of a list a caller asks for, as the API conventions write it: {@code ?page=&size=},
 * pages counted from 1, {@code size} 20 unless given and at most 100. Values out of range are
 * brought into it rather than refused.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int LARGEST_SIZE = 100;

  public PageRequest {
    page = Math.max(1, page);
    size = Math.max(1, Math.min(LARGEST_SIZE, size));
  }

  /** From query parameters, either of which may be missing. */
  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
  }

  /** How many items come before this page. */
  public int offset() {
    return (int) Math.min(Integer.MAX_VALUE, (page - 1L) * size);
  }

  /**
   * This page, or the deepest one that starts within the first {@code items} items of a list: how a
   * list keeps deep paging bounded whatever the size.
   */
  public PageRequest within(int items) {
    int deepest = Math.max(1, (items + size - 1) / size);
    return page <= deepest ? this : new PageRequest(deepest, size);
  }

  /** Whether a list of {@code total} items goes on after this page. */
  public boolean hasMore(long total) {
    return (long) page * size < total;
  }
}
