package org.pathways.xapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {

  @Test
  void aFailedSendWaitsOneMinuteThenTwiceAsLongEachTime() {
    assertThat(Retries.after(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(Retries.after(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Retries.after(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(Retries.after(6)).isEqualTo(Duration.ofMinutes(32));
  }

  @Test
  void neverWaitsMoreThanAnHourHoweverLongTheLrsIsDown() {
    assertThat(Retries.after(7)).isEqualTo(Duration.ofHours(1));
    assertThat(Retries.after(40)).isEqualTo(Duration.ofHours(1));
    assertThat(Retries.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }
}
