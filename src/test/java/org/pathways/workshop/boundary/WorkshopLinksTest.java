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

  @Test
  void aPageOfResultsKeepsTheFiltersThatAreSetEachEncodedWhole() {
    assertThat(WorkshopLinks.findPagePath(2, "New York, NY", 50, "k5/1", "2026-12-01", " "))
        .isEqualTo(
            "/workshops/index.xhtml?searched=1&page=2&near=New+York%2C+NY&radius=50"
                + "&phase=k5%2F1&from=2026-12-01");
  }

  @Test
  void aPageOfResultsEncodesWhatATeacherTypedAsAFormWould() {
    assertThat(WorkshopLinks.findPagePath(1, "a+b%20c&d={e}", 100, null, null, "2027-01-31"))
        .isEqualTo(
            "/workshops/index.xhtml?searched=1&page=1&near="
                + java.net.URLEncoder.encode(
                    "a+b%20c&d={e}", java.nio.charset.StandardCharsets.UTF_8)
                + "&radius=100&to=2027-01-31");
  }
}
