package org.pathways.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Refusal;

class ReportParametersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Set<String> PROGRAMS = Set.of("middle-school", "high-school");

  private static ReportParameters parse(
      String program, String district, String cohort, String from, String to) {
    return ReportParameters.parse(program, district, cohort, from, to, TODAY, PROGRAMS);
  }

  private static Iterable<String> fieldsAtFault(Runnable parse) {
    try {
      parse.run();
    } catch (Refusal refusal) {
      assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
      return refusal.errors().stream().map(Refusal.FieldError::field).toList();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void withoutParametersTheReportCoversTheLast365DaysOfTheWholeProgram() {
    ReportParameters parameters = parse(null, "", " ", null, null);

    assertThat(parameters.program()).isNull();
    assertThat(parameters.district()).isNull();
    assertThat(parameters.cohort()).isNull();
    assertThat(parameters.range().to()).isEqualTo(TODAY);
    assertThat(parameters.range().from()).isEqualTo(TODAY.minusDays(364));
  }

  @Test
  void aRangeIsWholeDaysInUtcBothIncluded() {
    DateRange range = parse(null, null, null, "2026-09-01", "2026-09-30").range();

    assertThat(range.start())
        .isEqualTo(LocalDate.of(2026, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    assertThat(range.end())
        .isEqualTo(LocalDate.of(2026, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  @Test
  void onlyAFirstDayEndsTodayAndOnlyALastDayStartsAYearBefore() {
    assertThat(parse(null, null, null, "2026-11-01", null).range().to()).isEqualTo(TODAY);
    assertThat(parse(null, null, null, null, "2026-06-30").range().from())
        .isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void idsAndAKnownProgramAreRead() {
    UUID district = UUID.randomUUID();
    UUID cohort = UUID.randomUUID();
    ReportParameters parameters =
        parse(" high-school ", district.toString(), cohort.toString(), null, null);

    assertThat(parameters.program()).isEqualTo("high-school");
    assertThat(parameters.district()).isEqualTo(district);
    assertThat(parameters.cohort()).isEqualTo(cohort);
  }

  @Test
  void everyUnreadableFieldIsNamedAtOnce() {
    assertThat(
            fieldsAtFault(() -> parse("astronomy", "12", "not-an-id", "yesterday", "2026-02-30")))
        .containsExactlyInAnyOrder("program", "district", "cohort", "from", "to");
  }

  @Test
  void aFirstDayAfterTheLastIsRefused() {
    assertThat(fieldsAtFault(() -> parse(null, null, null, "2026-10-02", "2026-10-01")))
        .containsExactly("from");
  }

  @Test
  void aRangeOfMoreThanTenYearsOrOutsideTheCenturyIsRefused() {
    assertThat(fieldsAtFault(() -> parse(null, null, null, "2001-01-01", "2026-01-01")))
        .containsExactly("from");
    assertThat(fieldsAtFault(() -> parse(null, null, null, "0001-01-01", null)))
        .containsExactly("from");
  }

  @Test
  void aRefusalSaysSoAsAWholeAndPerField() {
    assertThatThrownBy(() -> parse("astronomy", null, null, null, null))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.detail().key()).isEqualTo("report.invalid");
              assertThat(r.errors().get(0).message().key()).isEqualTo("report.program.unknown");
            });
  }
}
