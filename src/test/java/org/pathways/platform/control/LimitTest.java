package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitTest {

  @Test
  void aSettingNamesCountsPerWindowInSecondsMinutesHoursOrDays() {
    Limit limit = Limit.parse("forum-posts", " 6/1m , 60 / 1H,500/1d,3/30s");

    assertThat(limit.rates())
        .containsExactly(
            new Limit.Rate(6, Duration.ofMinutes(1)),
            new Limit.Rate(60, Duration.ofHours(1)),
            new Limit.Rate(500, Duration.ofDays(1)),
            new Limit.Rate(3, Duration.ofSeconds(30)));
    assertThat(limit.longestWindow()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void anUnreadableOrZeroSettingIsRefusedWithASentence() {
    for (String wrong : new String[] {"", "10", "10/15", "ten/15m", "10/15m,", "0/1m", "5/0m"}) {
      assertThatThrownBy(() -> Limit.parse("sign-in", wrong))
          .as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sign-in");
    }
  }

  @Test
  void aSettingThatCannotBeReadLeavesTheDefaultInPlaceNeverNoLimit() {
    Limits limits = Limits.defaults();

    assertThat(limits.named("sign-up", "60/1h").rates())
        .containsExactly(new Limit.Rate(60, Duration.ofHours(1)));
  }
}
