package org.pathways.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.pathways.platform.entity.ReadableCode;

/**
 * One meeting of a workshop, stored as instants (the workshop's time zone says how to show it),
 * with the short code teachers type to check in.
 */
@Entity
@Table(name = "workshop_session")
public class WorkshopSession {

  /** Check-in opens this long before a session starts and closes this long after it ends. */
  public static final Duration CHECK_IN_MARGIN = Duration.ofHours(24);

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workshop_id", nullable = false, updatable = false)
  private Workshop workshop;

  @Column(nullable = false)
  private int position;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "attendance_code", nullable = false, updatable = false)
  private String attendanceCode;

  protected WorkshopSession() {
    // for JPA
  }

  WorkshopSession(Workshop workshop, int position, Instant startsAt, Instant endsAt) {
    this.id = UUID.randomUUID();
    this.workshop = workshop;
    this.position = position;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.attendanceCode = newCode();
  }

  /**
   * Matches a workshop's sessions to the planned spans by position, so that a rescheduled session
   * keeps its attendance code and attendance: surplus sessions go, missing ones are added.
   *
   * @return the spans in order
   */
  static List<WorkshopPlan.Span> schedule(
      Workshop workshop, List<WorkshopSession> sessions, List<WorkshopPlan.Span> planned) {
    // A fetch join may load the sessions in any order: match them by position.
    sessions.sort(Comparator.comparingInt(WorkshopSession::getPosition));
    List<WorkshopPlan.Span> spans = new ArrayList<>(planned);
    spans.sort(Comparator.comparing(WorkshopPlan.Span::start));
    while (sessions.size() > spans.size()) {
      sessions.remove(sessions.size() - 1);
    }
    for (int i = 0; i < spans.size(); i++) {
      WorkshopPlan.Span span = spans.get(i);
      if (i < sessions.size()) {
        sessions.get(i).reschedule(span.start(), span.end());
      } else {
        sessions.add(new WorkshopSession(workshop, i + 1, span.start(), span.end()));
      }
    }
    return spans;
  }

  void reschedule(Instant startsAt, Instant endsAt) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Whether a teacher may check in at this moment. */
  public boolean checkInOpenAt(Instant now) {
    return !now.isBefore(startsAt.minus(CHECK_IN_MARGIN))
        && !now.isAfter(endsAt.plus(CHECK_IN_MARGIN));
  }

  /** Whether a typed code is this session's, ignoring case, spaces and dashes. */
  public boolean hasCode(String typed) {
    return typed != null && attendanceCode.equals(normalizeCode(typed));
  }

  public static String normalizeCode(String typed) {
    return ReadableCode.normalize(typed);
  }

  private static String newCode() {
    return ReadableCode.random(6);
  }

  public Duration length() {
    return Duration.between(startsAt, endsAt);
  }

  public UUID getId() {
    return id;
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public int getPosition() {
    return position;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getAttendanceCode() {
    return attendanceCode;
  }
}
