package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopDatesTest {

  @Test
  void bothDaysAreIncludedInUtc() {
    List<String> unreadable = new ArrayList<>();
    WorkshopDates dates = WorkshopDates.parse(" 2027-06-01 ", "2027-06-30", unreadable::add);
    assertThat(dates.from()).isEqualTo(Instant.parse("2027-06-01T00:00:00Z"));
    assertThat(dates.to()).isEqualTo(Instant.parse("2027-07-01T00:00:00Z"));
    assertThat(unreadable).isEmpty();
  }

  @Test
  void blankDaysLeaveTheRangeOpen() {
    assertThat(WorkshopDates.parse(null, " ", f -> {})).isEqualTo(WorkshopDates.ANY);
  }

  @Test
  void anUnreadableDayIsNamedAndLeftOpen() {
    List<String> unreadable = new ArrayList<>();
    WorkshopDates dates = WorkshopDates.parse("June", "2027-13-01", unreadable::add);
    assertThat(dates).isEqualTo(WorkshopDates.ANY);
    assertThat(unreadable).containsExactly("from", "to");
  }
}
