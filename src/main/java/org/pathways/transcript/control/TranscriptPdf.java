package org.pathways.transcript.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pathways.platform.control.TaggedPdf;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;
import org.pathways.transcript.entity.Transcript;
import org.pathways.transcript.entity.TranscriptItem;

/**
 * A transcript as a tagged PDF/UA document a PD office can file and a screen reader can read: a
 * title, the teacher, the days and the provider, the activities as a real table (header row
 * repeated on every page, a total row), and the transcript code with its check address as a link.
 * Landscape, so that six columns keep readable widths.
 */
public final class TranscriptPdf {

  private TranscriptPdf() {}

  public static byte[] render(Transcript transcript, Reader reader, Instant made) {
    String title = text(reader, "transcript.pdf.title");
    TaggedPdf pdf =
        TaggedPdf.landscape(reader.language(), title).author(text(reader, "layout.site_name"));
    pdf.heading(1, title)
        .paragraph(text(reader, "transcript.pdf.holder", transcript.name()))
        .paragraph(
            text(
                reader,
                "transcript.pdf.range",
                Times.day(transcript.from(), reader),
                Times.day(transcript.to(), reader)))
        .paragraph(text(reader, "transcript.pdf.provider", text(reader, "layout.site_name")));
    if (transcript.code() != null) {
      pdf.paragraph(text(reader, "transcript.pdf.code", transcript.code()))
          .link(
              text(reader, "transcript.pdf.verify", transcript.verifyUrl()),
              transcript.verifyUrl());
    }
    pdf.rule();
    if (transcript.items().isEmpty()) {
      pdf.paragraph(text(reader, "transcript.pdf.empty"));
    } else {
      pdf.table(
          List.of(
              text(reader, "transcript.column.activity"),
              text(reader, "transcript.column.program"),
              text(reader, "transcript.column.dates"),
              text(reader, "transcript.column.hours"),
              text(reader, "transcript.column.certificate")),
          transcript.items().stream().map(item -> row(item, reader)).toList(),
          List.of(text(reader, "transcript.total"), "", "", hours(transcript), ""));
    }
    pdf.paragraph(text(reader, "transcript.pdf.made", Times.date(made, reader)));
    return pdf.bytes();
  }

  private static List<String> row(TranscriptItem item, Reader reader) {
    List<String> cells = new ArrayList<>();
    cells.add(item.title() + " (" + text(reader, "transcript.kind." + item.kind().name()) + ")");
    String program = item.program() == null ? "" : item.program();
    if (item.phase() != null) {
      program +=
          (program.isEmpty() ? "" : ", ")
              + text(
                  reader,
                  "transcript.phase",
                  item.phase(),
                  item.phaseTitle() == null ? "" : item.phaseTitle());
    }
    cells.add(program);
    cells.add(
        item.kind() == TranscriptItem.Kind.COURSE
            ? text(
                reader,
                "transcript.course_dates",
                Times.day(item.startedOn(), reader),
                Times.day(item.completedOn(), reader))
            : item.sessions().stream()
                .map(
                    s ->
                        text(
                            reader,
                            "transcript.session",
                            Times.day(s.date(), reader),
                            s.hours().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining("; ")));
    cells.add(item.hours().stripTrailingZeros().toPlainString());
    cells.add(item.certificateCode());
    return cells;
  }

  private static String hours(Transcript transcript) {
    return transcript.totalHours().stripTrailingZeros().toPlainString();
  }

  private static String text(Reader reader, String key, Object... arguments) {
    return Texts.in(reader.language(), key, arguments);
  }
}
