package org.pathways.facilitation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.facilitation.entity.TeacherRow;
import org.pathways.platform.entity.Message;

class MatrixViewTest {

  private static TeacherRow row(String name, int percent, String lastActivity, boolean atRisk) {
    return new TeacherRow(
        UUID.randomUUID(),
        name,
        name.toLowerCase(Locale.ROOT) + "@school.test",
        percent,
        lastActivity == null ? null : Instant.parse(lastActivity),
        new AtRisk.Verdict(
            atRisk ? List.of(Message.of("facilitation.at_risk.idle", 9L)) : List.of()),
        List.of());
  }

  private static final List<TeacherRow> ROWS =
      List.of(
          row("Bea", 80, "2027-03-14T10:00:00Z", false),
          row("ada", 20, null, true),
          row("Cy", 50, "2027-03-01T10:00:00Z", true),
          row("Dee", 100, "2027-03-10T10:00:00Z", false));

  private static List<String> names(MatrixView view) {
    return view.apply(ROWS, Locale.US).stream().map(TeacherRow::name).toList();
  }

  @Test
  void byDefaultTeachersAtRiskComeFirstLeastAdvancedFirst() {
    assertThat(names(MatrixView.DEFAULT)).containsExactly("ada", "Cy", "Bea", "Dee");
    assertThat(names(MatrixView.of(null, null, null, null)))
        .containsExactly("ada", "Cy", "Bea", "Dee");
  }

  @Test
  void sortsByNameIgnoringCaseAndDescendingWhenAsked() {
    assertThat(names(MatrixView.of("name", null, null, null)))
        .containsExactly("ada", "Bea", "Cy", "Dee");
    assertThat(names(MatrixView.of("name", "desc", null, null)))
        .containsExactly("Dee", "Cy", "Bea", "ada");
  }

  @Test
  void sortsByPercentAndByLastActivityNeverActiveFirst() {
    assertThat(names(MatrixView.of("percent", null, null, null)))
        .containsExactly("ada", "Cy", "Bea", "Dee");
    assertThat(names(MatrixView.of("activity", null, null, null)))
        .containsExactly("ada", "Cy", "Dee", "Bea");
  }

  @Test
  void filtersTeachersAtRiskAndNamesContainingTextIgnoringCase() {
    assertThat(names(MatrixView.of("name", null, "1", null))).containsExactly("ada", "Cy");
    assertThat(names(MatrixView.of("name", null, null, "  E "))).containsExactly("Bea", "Dee");
    assertThat(names(MatrixView.of("name", null, "1", "e"))).isEmpty();
  }

  @Test
  void anUnknownSortIsTheDefaultAndALongFilterIsCut() {
    assertThat(MatrixView.of("drop table", "sideways", "maybe", "x".repeat(500)))
        .isEqualTo(new MatrixView(MatrixView.Sort.AT_RISK, false, false, "x".repeat(100)));
  }
}
