package org.pathways.transcript.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.transcript.entity.Transcript;
import org.pathways.transcript.entity.TranscriptItem;
import org.pathways.transcript.entity.TranscriptItem.Kind;
import org.pathways.transcript.entity.TranscriptItem.SessionHours;

class TranscriptCsvTest {

  static Transcript sample() {
    return new Transcript(
        "Ada Lovelace",
        LocalDate.of(2026, 7, 1),
        LocalDate.of(2027, 6, 30),
        List.of(
            new TranscriptItem(
                Kind.COURSE,
                "=HYPERLINK(\"x\")",
                "Pathways",
                "Middle school",
                1,
                "Online",
                LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 9, 1),
                null,
                new BigDecimal("2.50"),
                "PW-AAAA-AAAA-AAAA",
                "https://pathways.test/certificates/verify.xhtml?code=PW-AAAA-AAAA-AAAA"),
            new TranscriptItem(
                Kind.WORKSHOP,
                "Summer workshop, Denver",
                "Pathways",
                "High school",
                2,
                "Summer workshop",
                LocalDate.of(2027, 6, 28),
                LocalDate.of(2027, 6, 29),
                List.of(
                    new SessionHours(LocalDate.of(2027, 6, 28), new BigDecimal("7.00")),
                    new SessionHours(LocalDate.of(2027, 6, 29), new BigDecimal("6.75"))),
                new BigDecimal("13.75"),
                "PW-BBBB-BBBB-BBBB",
                "https://pathways.test/certificates/verify.xhtml?code=PW-BBBB-BBBB-BBBB")),
        new BigDecimal("16.25"),
        "TR-CCCC-CCCC-CCCC",
        "https://pathways.test/transcript/verify.xhtml?code=TR-CCCC-CCCC-CCCC");
  }

  @Test
  void oneRowPerActivityUnderTheApiFieldNames() {
    List<String> lines = CsvLines.of(TranscriptCsv.write(sample()));
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFkind,title,provider,program,phase,phaseTitle,startedOn,completedOn,sessions,"
                + "hours,certificateCode,verifyUrl");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2))
        .startsWith("WORKSHOP,\"Summer workshop, Denver\",Pathways,High school,2,")
        .contains(",2027-06-28 7; 2027-06-29 6.75,13.75,PW-BBBB-BBBB-BBBB,");
  }

  @Test
  void aTitleASpreadsheetWouldRunIsKeptAsText() {
    assertThat(CsvLines.of(TranscriptCsv.write(sample())).get(1))
        .startsWith("COURSE,\"'=HYPERLINK(\"\"x\"\")\",")
        .contains(",2026-08-01,2026-09-01,,2.5,");
  }

  /** The lines of a small CSV whose cells hold no line breaks. */
  static final class CsvLines {
    static List<String> of(String csv) {
      return List.of(csv.split("\r\n"));
    }
  }
}
