package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

class ResetThrottleTest {

  private final ResetThrottle throttle = new ResetThrottle();

  ResetThrottleTest() {
    throttle.limiter = Limiter.on(Clock.systemUTC());
    throttle.limits = Limits.defaults();
  }

  @Test
  void aVictimsEmailGetsOneRequestInFiveMinutesFromAnyNumberOfAddresses() {
    assertThat(throttle.take("kim@school.test", "10.0.0.1")).isEmpty();
    for (int i = 2; i < 40; i++) {
      assertThat(throttle.take("kim@school.test", "10.0.0." + i))
          .hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isBetween(1L, 300L));
    }
  }

  @Test
  void oneAddressAsksForTwentyLinksAnHourAtMost() {
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.take("someone-" + i + "@school.test", "10.0.0.1")).isEmpty();
    }
    assertThat(throttle.take("someone-else@school.test", "10.0.0.1")).isPresent();
  }

  @Test
  void aRequestRefusedForItsEmailDoesNotSpendTheAddressesAllowance() {
    throttle.take("kim@school.test", "10.0.0.1");
    for (int i = 0; i < 30; i++) {
      throttle.take("kim@school.test", "10.0.0.1");
    }
    assertThat(throttle.take("lee@school.test", "10.0.0.1")).isEmpty();
  }
}
