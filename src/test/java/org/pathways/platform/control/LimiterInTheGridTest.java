package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.MapInterceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.testing.EmbeddedGrid;

/**
 * The limiter counting in a real data grid: two embedded Hazelcast members in this JVM (started
 * once for the class, joined over TCP on 127.0.0.1 only), one limiter on each, as two instances of
 * the platform would be.
 */
class LimiterInTheGridTest {

  private static final EmbeddedGrid GRID = EmbeddedGrid.named("pathways-limits");

  /**
   * The limits' logger (SharedBuckets logs under Limiter's name), held here: the log manager keeps
   * loggers only weakly, so a handler added to one nothing else holds yet may be collected with it
   * before the code under test asks for its logger.
   */
  private static final Logger LIMITS_LOG = Logger.getLogger(Limiter.class.getName());

  private static HazelcastInstance memberA;
  private static HazelcastInstance memberB;

  private final LimiterTest.MovingClock clock = new LimiterTest.MovingClock();
  private final List<Limiter> limiters = new CopyOnWriteArrayList<>();
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private Limiter onA;
  private Limiter onB;

  @BeforeAll
  static void startTwoMembers() {
    List<HazelcastInstance> two = GRID.members(2);
    memberA = two.get(0);
    memberB = two.get(1);
  }

  @AfterAll
  static void stopMembers() {
    GRID.close();
  }

  @BeforeEach
  void twoInstances() {
    onA = limiter(memberA);
    onB = limiter(memberB);
    LIMITS_LOG.addHandler(recorder);
  }

  @AfterEach
  void closeLimiters() {
    LIMITS_LOG.removeHandler(recorder);
    limiters.forEach(Limiter::close);
  }

  @Test
  void twoInstancesShareOneAllowance() {
    Limit five = Limit.parse("sign-in", "5/15m");
    IntStream.range(0, 3)
        .forEach(i -> assertThat(onA.take(five, "10.0.0.1")).as("A " + i).isEmpty());
    IntStream.range(0, 2)
        .forEach(i -> assertThat(onB.take(five, "10.0.0.1")).as("B " + i).isEmpty());

    assertThat(onB.take(five, "10.0.0.1"))
        .as("the sixth, on B")
        .hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
    assertThat(onA.take(five, "10.0.0.1")).as("the seventh, on A").isPresent();
    assertThat(onA.take(five, "10.0.0.2")).as("another key").isEmpty();
    assertThat(memberB.getMap(SharedBuckets.MAP_PREFIX + "sign-in").containsKey("10.0.0.1"))
        .isTrue();
  }

  @Test
  void takesRacingOnBothInstancesNeverExceedTheAllowance() throws Exception {
    Limit twenty = Limit.parse("partnership-inquiry", "20/15m");
    ExecutorService racers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> allowed = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        Limiter on = i % 2 == 0 ? onA : onB;
        allowed.add(racers.submit(() -> on.take(twenty, "10.0.0.7").isEmpty()));
      }
      long count = 0;
      for (Future<Boolean> each : allowed) {
        count += each.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(count).isEqualTo(20);
      assertThat(logged).as("the grid answered every take").isEmpty();
    } finally {
      racers.shutdownNow();
    }
  }

  @Test
  void whatIsWaitingAndWhatIsGivenBackIsSeenOnTheOtherInstance() {
    Limit two = Limit.parse("code-guesses", "2/15m");
    assertThat(onB.waiting(two, "kim")).isEmpty();
    assertThat(memberA.getMap(SharedBuckets.MAP_PREFIX + "code-guesses").containsKey("kim"))
        .as("asking what is waiting keeps nothing in the grid")
        .isFalse();

    onA.take(two, "kim");
    onA.take(two, "kim");
    assertThat(onB.waiting(two, "kim")).isPresent();

    onB.giveBack(two, "kim");
    assertThat(onA.waiting(two, "kim")).isEmpty();
    assertThat(onA.take(two, "kim")).isEmpty();
    assertThat(onB.take(two, "kim")).isPresent();
  }

  @Test
  void theClockMovesTheRefillOfTheSharedAllowance() {
    Limit three = Limit.parse("forum-posts", "3/1m,20/1h");
    IntStream.range(0, 3).forEach(i -> onA.take(three, "ana"));
    assertThat(onB.take(three, "ana"))
        .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));

    clock.move(Duration.ofMinutes(1));
    assertThat(onB.waiting(three, "ana")).isEmpty();
    assertThat(onB.take(three, "ana")).isEmpty();
  }

  @Test
  void aMemberLeavingLosesNoCount() {
    HazelcastInstance memberC = GRID.member();
    awaitSafeWith(3);
    UUID onlyOnC = memberC.getCluster().getLocalMember().getUuid();
    String key =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    IntStream.range(0, 10_000)
                        .mapToObj(i -> "teacher-" + i)
                        .filter(k -> ownedBy(k, onlyOnC))
                        .findFirst()
                        .orElse(null),
                found -> found != null);
    Limit four = Limit.parse("sign-up", "4/15m");
    Limiter onC = limiter(memberC);
    IntStream.range(0, 4).forEach(i -> assertThat(onC.take(four, key)).isEmpty());

    memberC.getLifecycleService().terminate();
    awaitSafeWith(2);

    assertThat(onA.take(four, key)).as("counted on C, which is gone").isPresent();
    assertThat(onB.waiting(four, key)).isPresent();
  }

  @Test
  void eachLimitHasItsOwnMapThatForgetsAKeyIdleForTheLimitsLongestWindow()
      throws InterruptedException {
    Limit briefly = Limit.parse("briefly", "1/1s,3/2s");
    String map = SharedBuckets.MAP_PREFIX + "briefly";
    onA.take(briefly, "ana");
    onB.take(briefly, "ana");
    assertThat(memberB.getConfig().getMapConfig(map).getMaxIdleSeconds())
        .as("set by A, seen by B")
        .isEqualTo(2);
    assertThat(logged).as("the same configuration added again by B").isEmpty();

    Limiter otherSetting = limiter(memberB);
    assertThat(otherSetting.take(Limit.parse("briefly", "1/1s,3/5s"), "bea")).isEmpty();
    assertThat(logged)
        .as("another idle time for the same map")
        .anySatisfy(
            record -> {
              assertThat(record.getLevel()).isEqualTo(Level.WARNING);
              assertThat(record.getMessage()).contains(map);
            });
    assertThat(memberA.getConfig().getMapConfig(map).getMaxIdleSeconds()).isEqualTo(2);

    Thread.sleep(3_500);
    assertThat(memberA.getMap(map).containsKey("ana")).as("idle 3.5 s").isFalse();
  }

  @Test
  void aGridThatDoesNotAnswerIsLeftForTheLocalCountWithinTheBoundAndUsedAgainOnceItAnswers()
      throws InterruptedException {
    Limit one = Limit.parse("stuck", "1/15m");
    assertThat(onA.take(one, "lee")).as("in the grid").isEmpty();
    IMap<String, byte[]> map = memberA.getMap(SharedBuckets.MAP_PREFIX + "stuck");
    Stuck.release = new CountDownLatch(1);
    String interceptor = map.addInterceptor(new Stuck());
    try {
      long start = System.nanoTime();
      assertThat(onA.take(one, "lee")).as("local: first").isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(SharedBuckets.BOUND.plusMillis(700));

      start = System.nanoTime();
      assertThat(onA.take(one, "lee")).as("local: second").isPresent();
      assertThat(onA.waiting(one, "lee")).isPresent();
      onA.giveBack(one, "lee");
      assertThat(onA.waiting(one, "lee")).as("local: given back").isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("the grid left alone for a while")
          .isLessThan(Duration.ofMillis(500));
      assertThat(logged.stream().filter(r -> r.getLevel() == Level.WARNING))
          .as("warned once, not per request")
          .hasSize(1)
          .allSatisfy(r -> assertThat(r.getMessage()).contains("did not answer within 2000 ms"));
    } finally {
      Stuck.release.countDown();
      map.removeInterceptor(interceptor);
    }

    Thread.sleep(SharedBuckets.PAUSE.plusMillis(300).toMillis());
    assertThat(onA.take(one, "lee")).as("the grid's count, not the local one").isPresent();
    assertThat(onA.take(one, "kai")).isEmpty();
    assertThat(onB.take(one, "kai")).isPresent();
    assertThat(logged)
        .anySatisfy(r -> assertThat(r.getMessage()).contains("The data grid answers again"));
  }

  @Test
  void aGridShutDownIsLeftForTheLocalCountWithoutAnError() {
    HazelcastInstance alone = GRID.stranger("-alone");
    Limiter onIt = limiter(alone);
    Limit two = Limit.parse("sign-in", "2/15m");
    assertThat(onIt.take(two, "10.0.0.9")).isEmpty();

    alone.shutdown();
    long start = System.nanoTime();
    assertThat(onIt.take(two, "10.0.0.9")).as("local: first").isEmpty();
    assertThat(onIt.take(two, "10.0.0.9")).as("local: second").isEmpty();
    assertThat(onIt.take(two, "10.0.0.9")).as("local: third").isPresent();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(SharedBuckets.BOUND.plusMillis(700));
    assertThat(logged.stream().filter(r -> r.getLevel() == Level.WARNING)).hasSize(1);
  }

  /** Holds every read of a map until released: a grid that stopped answering. */
  static final class Stuck implements MapInterceptor {
    static volatile CountDownLatch release = new CountDownLatch(0);

    @Override
    public Object interceptGet(Object value) {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return value;
    }

    @Override
    public void afterGet(Object value) {}

    @Override
    public Object interceptPut(Object oldValue, Object newValue) {
      return newValue;
    }

    @Override
    public void afterPut(Object value) {}

    @Override
    public Object interceptRemove(Object removedValue) {
      return removedValue;
    }

    @Override
    public void afterRemove(Object value) {}
  }

  /** Waits until the grid has this many members and every partition its backup. */
  private static void awaitSafeWith(int members) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                memberA.getCluster().getMembers().size() == members
                    && memberA.getPartitionService().isClusterSafe());
  }

  private static boolean ownedBy(String key, UUID member) {
    var owner = memberA.getPartitionService().getPartition(key).getOwner();
    return owner != null && owner.getUuid().equals(member);
  }

  private Limiter limiter(HazelcastInstance member) {
    Limiter limiter = Limiter.on(clock, member);
    limiters.add(limiter);
    return limiter;
  }
}
