package org.pathways.platform.control;

import org.pathways.platform.entity.Invalidation;

/**
 * The one way a change reaches the caches that hold it: who a token or account stands for, a
 * teacher's enrolment and progress. Caches observe {@link Invalidation} as a CDI event.
 *
 * <p>The implementation ({@code platform.boundary.SharedCacheInvalidation}) tells this instance's
 * caches at once and again after the current transaction commits, so that no read that began before
 * the commit can put the old value back; once committed, it tells every other member of the data
 * grid too. A member that was away when it was said (no grid, a split) forgets within each cache's
 * documented bound ({@code pathways.identity.cache-seconds}, {@code
 * pathways.learning.cache-seconds}).
 */
public interface CacheInvalidation {

  /** What {@code what} names changed: every cache holding it forgets it. */
  void changed(Invalidation what);

  /**
   * Runs {@code action} on this instance once the current transaction has committed (at once when
   * none is active); never when it rolls back. For caches that keep what a write just read.
   */
  void afterCommit(Runnable action);
}
