package org.pathways.platform.control;

import org.pathways.platform.entity.Invalidation;

/**
 * The one way a change reaches the caches that hold it: who a token or account stands for, a
 * teacher's enrolment and progress. Caches observe {@link Invalidation} as a CDI event.
 *
 * <p>The local implementation ({@code platform.boundary.LocalCacheInvalidation}) tells this
 * instance's caches at once and again after the current transaction commits, so that no read that
 * began before the commit can put the old value back. A second instance hears of the change only
 * through an implementation that also broadcasts it (the cluster issue: publish the {@link
 * Invalidation} on a topic, and on every other member hand it to {@code
 * LocalCacheInvalidation#deliver}); until then each cache fed by this interface forgets on its own
 * within its documented bound ({@code pathways.identity.cache-seconds}, {@code
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
