package org.pathways.transcript.control;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.transcript.entity.Transcript;
import org.pathways.transcript.entity.TranscriptItem;

/**
 * A transcript as a spreadsheet-safe CSV for a PD office's import: the API's field names as the
 * header, one row per activity and no total row (a PD system adds rows up itself). A workshop's
 * sessions are one cell, {@code date hours} pairs joined by "; ".
 */
public final class TranscriptCsv {

  public static final List<String> HEADER =
      List.of(
          "kind",
          "title",
          "provider",
          "program",
          "phase",
          "phaseTitle",
          "startedOn",
          "completedOn",
          "sessions",
          "hours",
          "certificateCode",
          "verifyUrl");

  private TranscriptCsv() {}

  public static String write(Transcript transcript) {
    return SpreadsheetCsv.write(
        HEADER, transcript.items().stream().map(TranscriptCsv::row).toList());
  }

  private static List<Object> row(TranscriptItem item) {
    return Arrays.<Object>asList(
        item.kind().name(),
        item.title(),
        item.provider(),
        item.program(),
        item.phase(),
        item.phaseTitle(),
        item.startedOn(),
        item.completedOn(),
        item.sessions() == null
            ? null
            : item.sessions().stream()
                .map(s -> s.date() + " " + s.hours().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; ")),
        item.hours().stripTrailingZeros().toPlainString(),
        item.certificateCode(),
        item.verifyUrl());
  }
}
