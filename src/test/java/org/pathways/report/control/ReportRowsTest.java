package org.pathways.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.PhaseKind;
import org.pathways.content.entity.Program;
import org.pathways.learning.entity.CourseFigures;
import org.pathways.report.entity.ReportRow;
import org.pathways.report.entity.ReportScope;
import org.pathways.workshop.entity.PhaseFigures;

class ReportRowsTest {

  private static final Program MIDDLE =
      new Program(
          "middle-school",
          "Middle school",
          "",
          "6-8",
          "DISTRICT_PARTNERSHIP",
          "",
          List.of(
              new Program.Phase(1, "Online", PhaseKind.ONLINE, "ms-1", "", null),
              new Program.Phase(2, "Workshop", PhaseKind.IN_PERSON, null, "", 5)));

  private static final Program ELEMENTARY =
      new Program(
          "elementary",
          "Elementary",
          "",
          "K-5",
          "OPEN",
          "",
          List.of(new Program.Phase(1, "Intro", PhaseKind.BLENDED, "k5", "", 1)));

  private static final List<Program> CATALOG = List.of(ELEMENTARY, MIDDLE);

  @Test
  void everyPhaseOfTheCatalogHasARowInItsOrderEvenWithoutFigures() {
    List<ReportRow> rows =
        ReportRows.combine(CATALOG, null, List.of(), List.of(), ReportScope.PROGRAM, null, null);

    assertThat(rows)
        .extracting(r -> r.program() + "/" + r.phase())
        .containsExactly("elementary/1", "middle-school/1", "middle-school/2");
    assertThat(rows.get(0).enrolled()).isZero();
    assertThat(rows.get(0).pdHours()).isEqualByComparingTo("0");
  }

  @Test
  void onlineFiguresGoToThePhaseWhoseCourseTheyAreAndWorkshopFiguresToTheirPhase() {
    List<ReportRow> rows =
        ReportRows.combine(
            CATALOG,
            "middle-school",
            List.of(new CourseFigures("ms-1", 10, 4, 6, 3, new BigDecimal("45.00"))),
            List.of(new PhaseFigures("middle-school", 2, 5, 4, new BigDecimal("84.00"))),
            ReportScope.PROGRAM,
            null,
            null);

    assertThat(rows).hasSize(2);
    ReportRow online = rows.get(0);
    assertThat(online.enrolled()).isEqualTo(10);
    assertThat(online.active7d()).isEqualTo(4);
    assertThat(online.active30d()).isEqualTo(6);
    assertThat(online.onlineCompleted()).isEqualTo(3);
    assertThat(online.workshopRegistered()).isZero();
    assertThat(online.pdHours()).isEqualByComparingTo("45");
    ReportRow held = rows.get(1);
    assertThat(held.enrolled()).isEqualTo(5);
    assertThat(held.workshopRegistered()).isEqualTo(5);
    assertThat(held.workshopAttended()).isEqualTo(4);
    assertThat(held.onlineCompleted()).isZero();
    assertThat(held.pdHours()).isEqualByComparingTo("84");
  }

  @Test
  void aBlendedPhaseCountsBothRoutesAndAddsTheirHours() {
    List<ReportRow> rows =
        ReportRows.combine(
            CATALOG,
            "elementary",
            List.of(new CourseFigures("k5", 7, 1, 2, 2, new BigDecimal("14.00"))),
            List.of(new PhaseFigures("elementary", 1, 3, 2, new BigDecimal("13.50"))),
            ReportScope.PROGRAM,
            null,
            null);

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.enrolled()).isEqualTo(10);
              assertThat(r.workshopRegistered()).isEqualTo(3);
              assertThat(r.pdHours()).isEqualByComparingTo("27.5");
            });
  }

  @Test
  void workshopsOfAPhaseTheCatalogDoesNotHaveAreLeftOut() {
    List<ReportRow> rows =
        ReportRows.combine(
            CATALOG,
            null,
            List.of(),
            List.of(new PhaseFigures("middle-school", 9, 5, 5, BigDecimal.TEN)),
            ReportScope.PROGRAM,
            null,
            null);

    assertThat(rows).allSatisfy(r -> assertThat(r.workshopRegistered()).isZero());
  }

  @Test
  void rowsNameTheDistrictOrCohortOfTheirScope() {
    UUID district = UUID.randomUUID();
    UUID cohort = UUID.randomUUID();

    ReportRow ofDistrict =
        ReportRows.combine(
                CATALOG,
                null,
                List.of(),
                List.of(),
                ReportScope.ofDistricts(Set.of(district)),
                "Aurora",
                null)
            .get(0);
    ReportRow ofCohort =
        ReportRows.combine(
                CATALOG,
                null,
                List.of(),
                List.of(),
                ReportScope.ofCohort(cohort, district),
                "Aurora",
                "Spring")
            .get(0);

    assertThat(ofDistrict.district()).isEqualTo(district.toString());
    assertThat(ofDistrict.cohort()).isNull();
    assertThat(ofCohort.cohort()).isEqualTo(cohort.toString());
    assertThat(ofCohort.district()).isEqualTo(district.toString());
    assertThat(ofDistrict.districtName()).isEqualTo("Aurora");
    assertThat(ofDistrict.cohortName()).isNull();
    assertThat(ofCohort.cohortName()).isEqualTo("Spring");
  }
}
