package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

class SignInThrottleTest {

  private final SignInThrottle throttle = new SignInThrottle();

  SignInThrottleTest() {
    throttle.limiter = Limiter.on(Clock.systemUTC());
    throttle.limits = Limits.defaults();
  }

  @Test
  void fiftyParallelGuessesAtOneAccountGetOnlyTenEvaluations() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Boolean>> guesses = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String address = "10.0.0." + i;
      guesses.add(
          () -> {
            start.await();
            return throttle.take("kim@school.test", address).isEmpty();
          });
    }
    List<Future<Boolean>> allowed = new ArrayList<>();
    for (Callable<Boolean> guess : guesses) {
      allowed.add(pool.submit(guess));
    }
    start.countDown();
    int evaluated = 0;
    for (Future<Boolean> guess : allowed) {
      evaluated += guess.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(evaluated).isEqualTo(10);
  }

  @Test
  void onlyFailedSignInsCount() {
    for (int i = 0; i < 30; i++) {
      assertThat(throttle.take("kim@school.test", "10.0.0.1")).isEmpty();
      throttle.succeeded("kim@school.test", "10.0.0.1");
    }
  }

  @Test
  void aLockedAddressDoesNotSpendTheAccountsAllowance() {
    for (int i = 0; i < 10; i++) {
      throttle.take("spray-" + i + "@school.test", "10.0.0.9");
    }
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.take("kim@school.test", "10.0.0.9")).isPresent();
    }
    Optional<?> fromHome = throttle.take("kim@school.test", "10.0.0.1");
    assertThat(fromHome).as("the account was not charged for the locked address").isEmpty();
  }
}
