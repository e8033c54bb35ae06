package org.pathways.workshop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkshopLinksTest {

  private static final UUID WORKSHOP = UUID.fromString("0e9c8a1b-3f2d-4c6e-8b7a-5d4c3b2a1f00");

  @Test
  void aWorkshopIsItsPageWithItsId() {
    assertThat(WorkshopLinks.workshopPath(WORKSHOP))
        .isEqualTo("/workshops/workshop.xhtml?id=" + WORKSHOP);
  }

  @Test
  void aWorkshopsCalendarFileIsInTheApi() {
    assertThat(WorkshopLinks.calendarPath(WORKSHOP))
        .isEqualTo("/api/workshops/" + WORKSHOP + "/calendar.ics");
  }

  @Test
  void theRosterIsItsOwnPage() {
    assertThat(WorkshopLinks.rosterPath(WORKSHOP))
        .isEqualTo("/workshops/roster.xhtml?id=" + WORKSHOP);
  }

  @Test
  void theSearchForAPhaseNamesProgramAndPhase() {
    assertThat(WorkshopLinks.findPath("k5", 2))
        .isEqualTo("/workshops/index.xhtml?program=k5&phase=2");
  }
}
