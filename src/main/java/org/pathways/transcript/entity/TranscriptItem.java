package org.pathways.transcript.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One activity on a transcript: an online course completed or a workshop attended, with the
 * certificate that records it. A workshop lists the days of the sessions attended and the hours
 * each earned after the cap of its kind; a course lists none. {@code phaseTitle} is the phase's
 * name in the program, when the catalogue has it.
 */
public record TranscriptItem(
    Kind kind,
    String title,
    String provider,
    String program,
    Integer phase,
    String phaseTitle,
    LocalDate startedOn,
    LocalDate completedOn,
    List<SessionHours> sessions,
    BigDecimal hours,
    String certificateCode,
    String verifyUrl) {

  public enum Kind {
    COURSE,
    WORKSHOP
  }

  /** A workshop session attended: its day and the hours it earned. */
  public record SessionHours(LocalDate date, BigDecimal hours) {}

  public TranscriptItem {
    sessions = sessions == null ? null : List.copyOf(sessions);
  }
}
