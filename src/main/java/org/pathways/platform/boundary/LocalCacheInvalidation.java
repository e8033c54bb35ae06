package org.pathways.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.pathways.platform.control.CacheInvalidation;
import org.pathways.platform.entity.Invalidation;

/**
 * Invalidation on this instance: the caches observing {@link Invalidation} forget at once, and
 * again after the transaction commits (a read that began before the commit may have put the old
 * value back meanwhile). Other instances are not told: their caches forget within their bound, or
 * when the cluster's implementation calls {@link #deliver} on each of them.
 */
@ApplicationScoped
public class LocalCacheInvalidation implements CacheInvalidation {

  @Inject Event<Invalidation> caches;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Override
  public void changed(Invalidation what) {
    deliver(what);
    afterCommit(() -> deliver(what));
  }

  @Override
  public void afterCommit(Runnable action) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      action.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing before the commit
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }

  /** Hands a change to this instance's caches (where a message from another instance enters). */
  public void deliver(Invalidation what) {
    caches.fire(what);
  }
}
