package org.pathways.platform.boundary;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathways.platform.control.Grid;

/**
 * Short text messages to every other instance, over the data grid's topics: a cache to forget, the
 * content to read again (issue #23). Messages are plain strings, so no member needs the platform's
 * classes to pass them on. Best effort, as a topic is: a member that is away (a network split, a
 * restart) misses what was said meanwhile, so every cache fed by them also forgets on its own
 * within its documented bound. With the grid off, publishing does nothing.
 */
@ApplicationScoped
public class GridTopics {

  private static final Logger LOG = Logger.getLogger(GridTopics.class.getName());

  @Inject Grid grid;

  @Resource ManagedExecutorService executor;

  /** Says {@code text} on {@code topic} to every other member; never throws, never waits. */
  public void publish(String topic, String text) {
    grid.member()
        .ifPresent(
            member -> {
              try {
                member.<String>getTopic(topic).publish(text);
              } catch (RuntimeException e) {
                LOG.log(
                    Level.WARNING,
                    "Could not tell the other instances on \"" + topic + "\" (" + e + ")");
              }
            });
  }

  /**
   * Hands every message another member says on {@code topic} to {@code listener}, on a managed
   * thread of this instance (one that may use the database and the application's beans). Returns
   * the registration, to stop listening, when the grid runs.
   */
  public Optional<UUID> listen(String topic, Consumer<String> listener) {
    return grid.member()
        .map(
            member -> {
              ITopic<String> messages = member.getTopic(topic);
              return messages.addMessageListener(
                  message -> {
                    if (message.getPublishingMember() != null
                        && message.getPublishingMember().localMember()) {
                      return;
                    }
                    String text = message.getMessageObject();
                    try {
                      executor.execute(() -> hand(topic, text, listener));
                    } catch (RejectedExecutionException e) {
                      LOG.warning(() -> "A message on \"" + topic + "\" came while stopping");
                    }
                  });
            });
  }

  /**
   * Runs {@code action} on a managed thread of this instance whenever the members this one sees
   * change: a member joins or leaves, or this one comes back from a split and merges. Returns the
   * registration when the grid runs.
   */
  public Optional<UUID> onMembershipChange(Runnable action) {
    return grid.member()
        .map(
            member -> {
              Runnable later =
                  () -> {
                    try {
                      executor.execute(() -> hand("membership", "", text -> action.run()));
                    } catch (RejectedExecutionException e) {
                      LOG.fine("The grid's members changed while stopping");
                    }
                  };
              member
                  .getLifecycleService()
                  .addLifecycleListener(
                      event -> {
                        if (event.getState() == LifecycleEvent.LifecycleState.MERGED) {
                          later.run();
                        }
                      });
              return member
                  .getCluster()
                  .addMembershipListener(
                      new MembershipListener() {
                        @Override
                        public void memberAdded(MembershipEvent event) {
                          later.run();
                        }

                        @Override
                        public void memberRemoved(MembershipEvent event) {
                          later.run();
                        }
                      });
            });
  }

  private static void hand(String topic, String text, Consumer<String> listener) {
    try {
      listener.accept(text);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A message on \"" + topic + "\" could not be handled", e);
    }
  }
}
