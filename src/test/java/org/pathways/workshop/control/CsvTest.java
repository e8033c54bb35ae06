package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTest {

  static ByteArrayInputStream file(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void quotedFieldsKeepTheirCommasAndDoubledQuotes() {
    var rows = Csv.rows(file("city,state,note\n\"Washington, D.C.\",DC,\"the \"\"capital\"\"\"\n"));
    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r).containsExactly("Washington, D.C.", "DC", "the \"capital\""));
  }

  @Test
  void shortLinesAreFilledUpToTheHeaderAndEmptyLinesSkipped() {
    var rows = Csv.rows(file("zip,lat,lon,city\n80202,39.7,-104.9\n\n"));
    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r).containsExactly("80202", "39.7", "-104.9", ""));
  }

  @Test
  void aMissingFileHasNoRows() {
    assertThat(Csv.rows(null)).isEmpty();
  }
}
