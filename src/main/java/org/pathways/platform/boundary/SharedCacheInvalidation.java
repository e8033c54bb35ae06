package org.pathways.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.logging.Logger;
import org.pathways.platform.control.CacheInvalidation;
import org.pathways.platform.entity.Invalidation;

/**
 * Invalidation on every instance (issue #23): this instance's caches observing {@link Invalidation}
 * forget at once, and again after the transaction commits (a read that began before the commit may
 * have put the old value back meanwhile); once committed, the change is said on the grid's topic
 * {@value #TOPIC}, and every other member hands it to its own caches. When the grid's members
 * change (a member joins, leaves, or comes back from a split), every member's caches forget
 * everything: what was said while a member was away did not reach it. Without a grid (one instance)
 * each cache forgets on its own within its documented bound.
 */
@ApplicationScoped
public class SharedCacheInvalidation implements CacheInvalidation {

  /** The grid topic of changes; its messages are {@link #text}. */
  static final String TOPIC = "pathways-invalidation";

  private static final Logger LOG = Logger.getLogger(SharedCacheInvalidation.class.getName());
  private static final char SEPARATOR = '\n';

  @Inject Event<Invalidation> caches;
  @Inject GridTopics topics;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
    topics
        .listen(TOPIC, text -> parse(text).ifPresent(this::deliver))
        .ifPresent(id -> LOG.info("Caches forget what other instances change (data grid)"));
    // A member that was away (a split, a pause) may have missed changes said meanwhile, and the
    // others may have missed its own: every member starts its caches afresh when they change.
    topics.onMembershipChange(
        () -> {
          LOG.info("The data grid's members changed: this instance's caches start afresh");
          deliver(Invalidation.everything());
        });
  }

  @Override
  public void changed(Invalidation what) {
    deliver(what);
    afterCommit(
        () -> {
          deliver(what);
          topics.publish(TOPIC, text(what));
        });
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

  /** An invalidation as the grid carries it: region and key on two lines. */
  static String text(Invalidation what) {
    return what.region() + SEPARATOR + what.key();
  }

  /** The invalidation a message names; empty for a message that names none. */
  static Optional<Invalidation> parse(String text) {
    int at = text == null ? -1 : text.indexOf(SEPARATOR);
    if (at <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Invalidation(text.substring(0, at), text.substring(at + 1)));
  }
}
