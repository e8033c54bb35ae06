package org.pathways.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VenueTest {

  @Test
  void anOnlineOnlyPlanHasNoVenue() {
    assertThat(Venue.of(null)).isNull();
  }

  @Test
  void aPlannedVenueIsOnTheMapAndOnOneLineWithItsStreetAddress() {
    Venue venue =
        Venue.of(
            new WorkshopPlan.Venue("Hall", "1 Main St", "Denver", "CO", "80202", 39.75, -105.0));

    assertThat(venue.located()).isTrue();
    assertThat(venue.line()).isEqualTo("Hall, 1 Main St, Denver, CO 80202");
    assertThat(venue.getLat()).isEqualTo(39.75);
  }

  @Test
  void aVenueWithoutStreetAddressLeavesItOutOfItsLine() {
    Venue venue = Venue.of(new WorkshopPlan.Venue("Hall", null, "Denver", "CO", "80202", 1, 2));

    assertThat(venue.line()).isEqualTo("Hall, Denver, CO 80202");
  }
}
