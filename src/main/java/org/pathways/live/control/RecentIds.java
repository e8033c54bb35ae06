package org.pathways.live.control;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The ids of the last events a stream was given, so that an event reaching it twice (replayed from
 * the table, then notified as it commits) is sent once. Not a high-water mark: events of one
 * account may commit in another order than their ids, and a later id sent first must not hide an
 * earlier one. Not thread-safe: its stream guards it.
 */
public final class RecentIds {

  private final int capacity;
  private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

  public RecentIds(int capacity) {
    this.capacity = capacity;
  }

  /** Whether this id is new (and remembers it), false when it was given already. */
  public boolean firstTime(long id) {
    if (!ids.add(id)) {
      return false;
    }
    if (ids.size() > capacity) {
      Iterator<Long> oldest = ids.iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }
}
