package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.platform.control.Grid;
import org.pathways.testing.EmbeddedGrid;

/**
 * Messages and membership changes between two real embedded Hazelcast members in this JVM (joined
 * over TCP on 127.0.0.1 only), each with the {@link GridTopics} of an instance of the platform.
 */
class GridTopicsTest {

  private static final EmbeddedGrid GRID = EmbeddedGrid.named("pathways-topics");
  private static HazelcastInstance memberA;
  private static HazelcastInstance memberB;
  private static final ExecutorService POOL = Executors.newCachedThreadPool();

  @BeforeAll
  static void startTwoMembers() {
    List<HazelcastInstance> two = GRID.members(2);
    memberA = two.get(0);
    memberB = two.get(1);
  }

  @AfterAll
  static void stopMembers() {
    GRID.close();
    POOL.shutdownNow();
  }

  @Test
  void aMessageSaidOnOneMemberReachesTheOthersButNotItself() {
    GridTopics onA = topics(memberA);
    GridTopics onB = topics(memberB);
    List<String> heardOnA = new CopyOnWriteArrayList<>();
    List<String> heardOnB = new CopyOnWriteArrayList<>();
    onA.listen("pathways-test", heardOnA::add);
    onB.listen("pathways-test", heardOnB::add);

    onA.publish("pathways-test", "identity:token\n42");

    await().atMost(Duration.ofSeconds(10)).until(() -> heardOnB.contains("identity:token\n42"));
    assertThat(heardOnA).as("a member is not told what it said").isEmpty();
  }

  @Test
  void aListenerThatFailsDoesNotStopTheNextMessage() {
    GridTopics onB = topics(memberB);
    List<String> heard = new CopyOnWriteArrayList<>();
    onB.listen(
        "pathways-failing",
        text -> {
          if (text.equals("first")) {
            throw new IllegalStateException("cannot handle " + text);
          }
          heard.add(text);
        });

    topics(memberA).publish("pathways-failing", "first");
    topics(memberA).publish("pathways-failing", "second");

    await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("second"));
  }

  @Test
  void everyMemberIsToldWhenAMemberJoinsAndWhenItLeaves() {
    AtomicInteger changesOnA = new AtomicInteger();
    AtomicInteger changesOnB = new AtomicInteger();
    topics(memberA).onMembershipChange(changesOnA::incrementAndGet);
    topics(memberB).onMembershipChange(changesOnB::incrementAndGet);

    HazelcastInstance memberC = GRID.member();
    await().atMost(Duration.ofSeconds(60)).until(() -> changesOnA.get() >= 1);
    await().atMost(Duration.ofSeconds(10)).until(() -> changesOnB.get() >= 1);
    int afterJoin = changesOnA.get();

    memberC.getLifecycleService().terminate();
    await().atMost(Duration.ofSeconds(60)).until(() -> changesOnA.get() > afterJoin);
    assertThat(memberA.getCluster().getMembers()).hasSize(2);
  }

  @Test
  void withoutAGridNothingIsSaidAndNothingListens() {
    GridTopics alone = topics(null);
    alone.publish("pathways-test", "nobody hears this");
    assertThat(alone.listen("pathways-test", text -> {})).isEmpty();
    assertThat(alone.onMembershipChange(() -> {})).isEmpty();
  }

  private static GridTopics topics(HazelcastInstance member) {
    GridTopics topics = new GridTopics();
    topics.grid =
        new Grid() {
          @Override
          public Optional<HazelcastInstance> member() {
            return Optional.ofNullable(member);
          }
        };
    topics.executor = managed(POOL);
    return topics;
  }

  /** A managed executor for a test: the calls of an executor service go to {@code pool}. */
  private static ManagedExecutorService managed(ExecutorService pool) {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            GridTopicsTest.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              try {
                return method.invoke(pool, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
