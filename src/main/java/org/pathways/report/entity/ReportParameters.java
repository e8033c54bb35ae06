package org.pathways.report.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;

/**
 * What a report is asked for, read from the texts of a query or a form: a program ({@code null}:
 * every program), a district and a cohort (ids, or {@code null}), and a date range. Every text that
 * cannot be read is named in one 400 refusal.
 */
public record ReportParameters(String program, UUID district, UUID cohort, DateRange range) {

  public static ReportParameters parse(
      String program,
      String district,
      String cohort,
      String from,
      String to,
      LocalDate today,
      Set<String> programs) {
    List<Refusal.FieldError> errors = new ArrayList<>();
    String slug = blank(program) ? null : program.strip();
    if (slug != null && !programs.contains(slug)) {
      errors.add(Refusal.FieldError.of("program", "report.program.unknown"));
    }
    UUID districtId = id("district", district, errors);
    UUID cohortId = id("cohort", cohort, errors);
    DateRange range = DateRange.parse(from, to, today, errors);
    if (!errors.isEmpty()) {
      throw Refusal.invalid(Message.of("report.invalid"), errors);
    }
    return new ReportParameters(slug, districtId, cohortId, range);
  }

  private static UUID id(String field, String text, List<Refusal.FieldError> errors) {
    if (blank(text)) {
      return null;
    }
    try {
      String id = text.strip();
      if (id.length() != 36) {
        throw new IllegalArgumentException(id);
      }
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      errors.add(Refusal.FieldError.of(field, "report.id.invalid"));
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
