package org.pathways.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.report.entity.ReportRow;

class ReportCsvTest {

  @Test
  void theHeaderNamesTheApiFieldsAndTextCellsAreNeutralised() {
    String csv =
        ReportCsv.write(
            List.of(
                new ReportRow(
                    "middle-school",
                    "=HYPERLINK(\"x\")",
                    1,
                    "Online, first",
                    "d-1",
                    "@Aurora",
                    null,
                    null,
                    10,
                    4,
                    6,
                    3,
                    0,
                    0,
                    new BigDecimal("45.00"))));

    String[] lines = csv.split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFprogram,programTitle,phase,phaseTitle,district,districtName,cohort,cohortName,"
                + "enrolled,active7d,"
                + "active30d,onlineCompleted,workshopRegistered,workshopAttended,pdHours");
    assertThat(lines[1])
        .isEqualTo(
            "middle-school,\"'=HYPERLINK(\"\"x\"\")\",1,\"Online, first\",d-1,'@Aurora,,,10,4,6,3,0,0,45.00");
  }
}
