package org.pathways.report.control;

import java.util.Arrays;
import java.util.List;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.report.entity.ReportRow;

/**
 * A report as a spreadsheet-safe CSV: the API's field names as the header, then one line per row
 * (titles included, neutralised like every text cell).
 */
public final class ReportCsv {

  public static final List<String> HEADER =
      List.of(
          "program",
          "programTitle",
          "phase",
          "phaseTitle",
          "district",
          "districtName",
          "cohort",
          "cohortName",
          "enrolled",
          "active7d",
          "active30d",
          "onlineCompleted",
          "workshopRegistered",
          "workshopAttended",
          "pdHours");

  private ReportCsv() {}

  public static String write(List<ReportRow> rows) {
    return SpreadsheetCsv.write(
        HEADER,
        rows.stream()
            .map(
                r ->
                    Arrays.<Object>asList(
                        r.program(),
                        r.programTitle(),
                        r.phase(),
                        r.phaseTitle(),
                        r.district(),
                        r.districtName(),
                        r.cohort(),
                        r.cohortName(),
                        r.enrolled(),
                        r.active7d(),
                        r.active30d(),
                        r.onlineCompleted(),
                        r.workshopRegistered(),
                        r.workshopAttended(),
                        r.pdHours()))
            .toList());
  }
}
