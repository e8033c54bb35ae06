package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LimiterTest {

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final Limiter limiter = Limiter.on(clock);
  private final Limit tenAQuarter = Limit.parse("sign-in", "10/15m");

  @Test
  void theEleventhTakeInTheWindowWaitsAndTheAllowanceComesBackWithTime() {
    IntStream.range(0, 10)
        .forEach(i -> assertThat(limiter.take(tenAQuarter, "10.0.0.1")).as("take " + i).isEmpty());

    assertThat(limiter.take(tenAQuarter, "10.0.0.1"))
        .hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
    assertThat(limiter.waiting(tenAQuarter, "10.0.0.1")).isPresent();

    clock.move(Duration.ofMinutes(15));
    assertThat(limiter.waiting(tenAQuarter, "10.0.0.1")).isEmpty();
    assertThat(limiter.take(tenAQuarter, "10.0.0.1")).isEmpty();
  }

  @Test
  void keysAndLimitsAreCountedApart() {
    Limit other = Limit.parse("sign-up", "10/15m");
    IntStream.range(0, 10).forEach(i -> limiter.take(tenAQuarter, "10.0.0.1"));

    assertThat(limiter.take(tenAQuarter, "10.0.0.1")).isPresent();
    assertThat(limiter.take(tenAQuarter, "10.0.0.2")).isEmpty();
    assertThat(limiter.take(other, "10.0.0.1")).isEmpty();
  }

  @Test
  void anActionGivenBackDoesNotCount() {
    for (int i = 0; i < 50; i++) {
      assertThat(limiter.take(tenAQuarter, "kim@school.test")).isEmpty();
      limiter.giveBack(tenAQuarter, "kim@school.test");
    }
    assertThat(limiter.waiting(tenAQuarter, "kim@school.test")).isEmpty();
  }

  @Test
  void everyRateOfALimitHolds() {
    Limit hourBinds = Limit.parse("forum-posts", "100/1m,10/1h");
    Limit minuteBinds = Limit.parse("forum-posts-too", "2/1m,100/1h");
    IntStream.range(0, 10).forEach(i -> assertThat(limiter.take(hourBinds, "ana")).isEmpty());
    IntStream.range(0, 2).forEach(i -> assertThat(limiter.take(minuteBinds, "ana")).isEmpty());

    assertThat(limiter.take(hourBinds, "ana")).as("the hour's rate").isPresent();
    assertThat(limiter.take(minuteBinds, "ana")).as("the minute's rate").isPresent();
  }

  @Test
  void waitsAreToldInWholeSecondsAndMinutesNeverZero() {
    assertThat(Limiter.seconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(Limiter.seconds(Duration.ofMillis(1001))).isEqualTo(2);
    assertThat(Limiter.minutes(Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(Limiter.minutes(Duration.ofSeconds(61))).isEqualTo(2);
  }
}
