package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HashGateTest {

  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final List<HashGate> gates = new ArrayList<>();

  @AfterEach
  void stop() {
    callers.shutdownNow();
    gates.forEach(HashGate::close);
  }

  private HashGate gate(int threads, int queue, Duration wait) {
    HashGate gate = new HashGate(threads, queue, wait);
    gates.add(gate);
    return gate;
  }

  /** Occupies one hashing thread until {@code release} opens; answers once it is running. */
  private Future<String> occupy(HashGate gate, CountDownLatch release) throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    Future<String> occupied =
        callers.submit(
            () ->
                gate.run(
                    () -> {
                      running.countDown();
                      await(release);
                      return "done";
                    }));
    assertThat(running.await(5, TimeUnit.SECONDS)).as("the hash started").isTrue();
    return occupied;
  }

  @Test
  void aHashRunsOnAHashingThreadAndAnswersItsResult() {
    HashGate gate = gate(1, 0, Duration.ofSeconds(1));

    assertThat(gate.run(() -> Thread.currentThread().getName())).startsWith("pathways-password-");
  }

  @Test
  void oneHashAfterAnotherIsNeverRefusedEvenWithoutAQueue() {
    HashGate gate = gate(1, 0, Duration.ofSeconds(1));

    for (int i = 0; i < 200; i++) {
      assertThat(gate.run(() -> "next")).isEqualTo("next");
    }
  }

  @Test
  void whatTheHashThrowsReachesTheCaller() {
    HashGate gate = gate(1, 0, Duration.ofSeconds(1));

    assertThatThrownBy(
            () ->
                gate.run(
                    () -> {
                      throw new IllegalStateException("broken hash");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken hash");
  }

  @Test
  void aHashThatCannotStartWithinTheWaitIsRefusedAfterTheWaitAndNeverRuns() throws Exception {
    HashGate gate = gate(1, 1, Duration.ofMillis(300));
    CountDownLatch release = new CountDownLatch(1);
    occupy(gate, release);
    AtomicInteger ran = new AtomicInteger();

    long start = System.nanoTime();
    assertThatThrownBy(() -> gate.run(ran::incrementAndGet))
        .isInstanceOfSatisfying(
            HashGate.Busy.class,
            busy ->
                assertThat(busy.retryAfter())
                    .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2)));
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    release.countDown();

    assertThat(waited).isBetween(250L, 3_000L);
    assertThat(gate.run(() -> "after")).isEqualTo("after");
    assertThat(ran).as("the refused hash never ran").hasValue(0);
  }

  @Test
  void aFullQueueRefusesAtOnce() throws Exception {
    HashGate gate = gate(1, 0, Duration.ofSeconds(30));
    CountDownLatch release = new CountDownLatch(1);
    occupy(gate, release);

    long start = System.nanoTime();
    assertThatThrownBy(() -> gate.run(() -> "too many")).isInstanceOf(HashGate.Busy.class);
    release.countDown();

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000L);
  }

  @Test
  void aQueuedHashStartsWhenAThreadFreesUpWithinTheWait() throws Exception {
    HashGate gate = gate(1, 1, Duration.ofSeconds(30));
    CountDownLatch release = new CountDownLatch(1);
    occupy(gate, release);

    Future<String> queued = callers.submit(() -> gate.run(() -> "queued"));
    Thread.sleep(100);
    release.countDown();

    assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
  }

  @Test
  void aRefusedHashLeavesItsPlaceInTheQueueAtOnce() throws Exception {
    HashGate gate = gate(1, 1, Duration.ofMillis(200));
    CountDownLatch release = new CountDownLatch(1);
    Future<String> occupied = occupy(gate, release);

    // Each waits its turn in the one queue place and is refused after the wait: if a refused hash
    // kept its place, the second and third would find the queue full and be refused at once.
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> gate.run(() -> "waiting")).isInstanceOf(HashGate.Busy.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .as("refused after the wait, not for a full queue")
          .isGreaterThanOrEqualTo(150L);
    }
    release.countDown();
    assertThat(occupied.get(10, TimeUnit.SECONDS)).isEqualTo("done");

    // Once the thread is free, the gate has all its places again (no timing race with the
    // occupier's end, which a busy machine once lost).
    assertThat(gate.run(() -> "later")).isEqualTo("later");
    assertThat(gate.run(() -> "after that")).isEqualTo("after that");
  }

  @Test
  void neverMoreHashesRunAtOnceThanThereAreThreads() throws Exception {
    HashGate gate = gate(2, 40, Duration.ofSeconds(30));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> hashes = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      hashes.add(
          callers.submit(
              () -> {
                await(go);
                return gate.run(
                    () -> {
                      most.accumulateAndGet(running.incrementAndGet(), Math::max);
                      sleep(10);
                      running.decrementAndGet();
                      return 1;
                    });
              }));
    }
    go.countDown();
    int done = 0;
    for (Future<Integer> hash : hashes) {
      done += hash.get(30, TimeUnit.SECONDS);
    }

    assertThat(done).isEqualTo(24);
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aCrowdOnASaturatedGateGetsSomeAnswersAndTheRestRefusedWithoutLeakingThreads()
      throws Exception {
    HashGate gate = gate(1, 2, Duration.ofMillis(100));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> crowd = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      crowd.add(
          callers.submit(
              () -> {
                await(go);
                try {
                  return gate.run(
                      () -> {
                        sleep(40);
                        return true;
                      });
                } catch (HashGate.Busy busy) {
                  return false;
                }
              }));
    }
    go.countDown();
    int answered = 0;
    for (Future<Boolean> one : crowd) {
      answered += one.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }

    assertThat(answered).isBetween(1, 29);
    // Every slot came back: the next three (one running, two queued) all get their answer.
    List<Future<String>> after = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      after.add(callers.submit(() -> gate.run(() -> "after")));
    }
    for (Future<String> one : after) {
      assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo("after");
    }
  }

  @Test
  void aRefusedCrowdIsToldToComeBackAtDifferentTimesWithinAFewSeconds() {
    HashGate gate = gate(1, 0, Duration.ofSeconds(2));
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      waits.add(gate.retryAfter());
    }

    assertThat(waits)
        .allSatisfy(w -> assertThat(w).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4)));
    assertThat(waits.stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void aClosedGateRefuses() {
    HashGate gate = gate(1, 1, Duration.ofMillis(100));
    gate.close();

    assertThatThrownBy(() -> gate.run(() -> "closed")).isInstanceOf(HashGate.Busy.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
