package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  @Test
  void aCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
    assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(SpreadsheetCsv.cell("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetCsv.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetCsv.cell("\t=1")).isEqualTo("'\t=1");
  }

  @Test
  void ordinaryTextAndNumbersAreWrittenAsTheyAre() {
    assertThat(SpreadsheetCsv.cell("María José")).isEqualTo("María José");
    assertThat(SpreadsheetCsv.cell(-5)).isEqualTo("-5");
    assertThat(SpreadsheetCsv.cell(null)).isEmpty();
  }

  @Test
  void theFileStartsWithTheByteOrderMarkAndTheHeaderAndQuotesWhatNeedsIt() {
    String csv =
        SpreadsheetCsv.write(
            List.of("name", "percent"), List.of(List.of("Lee, Ann \"AJ\"", 40), List.of("=1", 0)));

    assertThat(csv).isEqualTo("\uFEFFname,percent\r\n\"Lee, Ann \"\"AJ\"\"\",40\r\n'=1,0\r\n");
  }
}
