package org.pathways.transcript.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.pathways.learning.boundary.Certificates;
import org.pathways.transcript.entity.TranscriptItem;
import org.pathways.transcript.entity.TranscriptItem.Kind;
import org.pathways.transcript.entity.TranscriptItem.SessionHours;
import org.pathways.transcript.entity.TranscriptRange;
import org.pathways.workshop.boundary.AttendedWorkshops.AttendedWorkshop;

/**
 * The lines of a transcript: every certificate whose activity ended within the range, with the
 * certificate's own hours (so a transcript adds up to its certificates). A course ended the day it
 * was completed, in the teacher's time zone; a workshop on the day of the last session attended, in
 * the workshop's, and it lists every session attended with its share of the hours. Lines come in
 * the order they ended, then by title.
 */
public final class TranscriptLines {

  /** Where an activity sits in the programs: the program's title and the phase, when known. */
  public record Placement(String program, Integer phase, String phaseTitle) {

    public static final Placement NONE = new Placement(null, null, null);
  }

  /** What the lines need to know besides the certificates. */
  public record Context(
      ZoneId zone,
      String provider,
      Function<String, Placement> courses,
      Map<UUID, AttendedWorkshop> workshops,
      Function<AttendedWorkshop, Placement> workshopPlacement,
      Function<String, String> verifyUrl) {}

  private TranscriptLines() {}

  public static List<TranscriptItem> lines(
      List<Certificates.Held> held, TranscriptRange range, Context context) {
    List<TranscriptItem> lines = new ArrayList<>();
    for (Certificates.Held certificate : held) {
      TranscriptItem line =
          certificate.ofWorkshop() ? workshop(certificate, context) : course(certificate, context);
      if (range.holds(line.completedOn())) {
        lines.add(line);
      }
    }
    lines.sort(
        Comparator.comparing(TranscriptItem::completedOn)
            .thenComparing(TranscriptItem::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TranscriptItem::certificateCode));
    return lines;
  }

  public static BigDecimal total(List<TranscriptItem> lines) {
    return lines.stream().map(TranscriptItem::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static TranscriptItem course(Certificates.Held certificate, Context context) {
    Placement placement =
        Optional.ofNullable(certificate.courseSlug()).map(context.courses()).orElse(Placement.NONE);
    return new TranscriptItem(
        Kind.COURSE,
        certificate.title(),
        context.provider(),
        placement.program(),
        placement.phase(),
        placement.phaseTitle(),
        day(certificate.startedAt(), context.zone()),
        day(certificate.completedAt(), context.zone()),
        null,
        certificate.hours(),
        certificate.code(),
        context.verifyUrl().apply(certificate.code()));
  }

  private static TranscriptItem workshop(Certificates.Held certificate, Context context) {
    AttendedWorkshop attended = context.workshops().get(certificate.workshopId());
    if (attended == null || attended.sessions().isEmpty()) {
      // Attendance is the certificate's source; a certificate without it lists its own day.
      LocalDate day = day(certificate.completedAt(), context.zone());
      return new TranscriptItem(
          Kind.WORKSHOP,
          certificate.title(),
          context.provider(),
          null,
          null,
          null,
          day,
          day,
          List.of(),
          certificate.hours(),
          certificate.code(),
          context.verifyUrl().apply(certificate.code()));
    }
    Placement placement = context.workshopPlacement().apply(attended);
    return new TranscriptItem(
        Kind.WORKSHOP,
        certificate.title(),
        context.provider(),
        placement.program(),
        placement.phase(),
        placement.phaseTitle(),
        attended.firstDate(),
        attended.lastDate(),
        attended.sessions().stream()
            .map(session -> new SessionHours(session.date(), session.hours()))
            .toList(),
        certificate.hours(),
        certificate.code(),
        context.verifyUrl().apply(certificate.code()));
  }

  private static LocalDate day(java.time.Instant at, ZoneId zone) {
    return at == null ? null : at.atZone(zone).toLocalDate();
  }
}
