package org.pathways.facilitation.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathways.facilitation.entity.ProgressMatrix;
import org.pathways.facilitation.entity.TeacherRow;
import org.pathways.learning.boundary.CohortProgress.ModuleStanding;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Reader;

/**
 * A cohort's progress as CSV (the API's {@code text/csv} and the page's download): a header row,
 * then one row per teacher: name, email, percent, last activity, at risk, why, and the percent of
 * each module. Spreadsheet-safe ({@link SpreadsheetCsv}); in the reader's language, the last
 * activity in their time zone.
 */
final class ProgressCsv {

  private ProgressCsv() {}

  static String of(ProgressMatrix matrix, Reader reader) {
    Locale language = reader.language();
    List<String> header = new ArrayList<>();
    for (String column : List.of("name", "email", "percent", "last_activity", "at_risk", "why")) {
      header.add(Texts.in(language, "facilitation.csv." + column));
    }
    matrix.modules().forEach(m -> header.add(m.title()));
    List<List<Object>> rows = new ArrayList<>();
    for (TeacherRow teacher : matrix.teachers()) {
      List<Object> row = new ArrayList<>();
      row.add(teacher.name());
      row.add(teacher.email());
      row.add(teacher.percent());
      Instant last = teacher.lastActivityAt();
      row.add(
          last == null
              ? null
              : last.atZone(reader.zoneOrUtc()).toOffsetDateTime().withNano(0).toString());
      row.add(
          Texts.in(language, teacher.atRisk() ? "facilitation.csv.yes" : "facilitation.csv.no"));
      row.add(Reasons.in(teacher.verdict().because(), language));
      for (ProgressMatrix.Module module : matrix.modules()) {
        row.add(
            teacher.modules().stream()
                .filter(m -> m.key().equals(module.key()))
                .map(ModuleStanding::percent)
                .findFirst()
                .orElse(null));
      }
      rows.add(row);
    }
    return SpreadsheetCsv.write(header, rows);
  }

  /** The file's name when downloaded. */
  static String filename(ProgressMatrix matrix) {
    return "cohort-progress-" + matrix.cohort().getId() + ".csv";
  }
}
