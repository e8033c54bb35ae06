package org.pathways.facilitation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.learning.boundary.CohortProgress.TeacherProgress;

class CohortCountsTest {

  private static final Instant NOW = Instant.parse("2027-03-15T12:00:00Z");

  private static TeacherProgress teacher(UUID enrollment, Integer idleDays, boolean completed) {
    Instant last = idleDays == null ? null : NOW.minus(Duration.ofDays(idleDays));
    return new TeacherProgress(
        enrollment,
        UUID.randomUUID(),
        UUID.randomUUID(),
        null,
        null,
        NOW.minus(Duration.ofDays(60)),
        last,
        completed ? last : null,
        completed ? 100 : 40,
        completed ? 0 : 6,
        0,
        List.of());
  }

  @Test
  void countsTeachersActiveInTheLastSevenDaysCompletedAtRiskAndAwaitingReflections() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    List<TeacherProgress> teachers =
        List.of(
            teacher(a, 1, false),
            teacher(b, 7, false),
            teacher(UUID.randomUUID(), 8, false),
            teacher(UUID.randomUUID(), 2, true),
            teacher(UUID.randomUUID(), null, false));

    CohortCounts counts =
        CohortCounts.of(teachers, Map.of(a, 2, b, 1), NOW, LocalDate.parse("2027-03-15"), 7, null);

    assertThat(counts).isEqualTo(new CohortCounts(5, 3, 1, 3, 3));
  }

  @Test
  void aCohortWithoutTeachersCountsNothing() {
    assertThat(CohortCounts.of(List.of(), Map.of(), NOW, LocalDate.parse("2027-03-15"), 7, null))
        .isEqualTo(new CohortCounts(0, 0, 0, 0, 0));
  }
}
