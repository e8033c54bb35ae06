package org.pathways.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationWindowTest {

  private static final Instant OPENS = Instant.parse("2027-01-10T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2027-01-20T00:00:00Z");
  private static final Instant FIRST_START = Instant.parse("2027-02-01T15:00:00Z");

  @Test
  void registrationIsNotYetOpenBeforeTheOrganisersOpeningDate() {
    var window = new RegistrationWindow(OPENS, CLOSES, FIRST_START);

    assertThat(window.closedAt(OPENS.minusSeconds(1))).contains("NOT_YET");
    assertThat(window.closedAt(OPENS)).isEmpty();
  }

  @Test
  void registrationClosesOnTheOrganisersClosingDate() {
    var window = new RegistrationWindow(null, CLOSES, FIRST_START);

    assertThat(window.closes()).isEqualTo(CLOSES);
    assertThat(window.closedAt(CLOSES.minusSeconds(1))).isEmpty();
    assertThat(window.closedAt(CLOSES)).contains("CLOSED");
  }

  @Test
  void withoutAClosingDateRegistrationClosesWhenTheFirstSessionStarts() {
    var window = new RegistrationWindow(null, null, FIRST_START);

    assertThat(window.closes()).isEqualTo(FIRST_START);
    assertThat(window.closedAt(FIRST_START.minusSeconds(1))).isEmpty();
    assertThat(window.closedAt(FIRST_START)).contains("CLOSED");
  }
}
