package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathways.platform.control.SqlRow;
import org.pathways.workshop.control.PdHours;
import org.pathways.workshop.entity.WorkshopKind;

/** What a teacher attended, session by session, as a transcript shows it. */
@ApplicationScoped
public class AttendedWorkshops {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /** One attended session on a transcript: its local date and the hours it earned after caps. */
  public record AttendedSession(LocalDate date, BigDecimal hours) {}

  /** A workshop a teacher attended: its program phase and each attended session, in order. */
  public record AttendedWorkshop(
      UUID id, String program, int phase, List<AttendedSession> sessions) {

    public LocalDate firstDate() {
      return sessions.get(0).date();
    }

    public LocalDate lastDate() {
      return sessions.get(sessions.size() - 1).date();
    }
  }

  /**
   * Every workshop the teacher attended, with the sessions attended (dated in the workshop's own
   * time zone) and each one's share of the hours after the cap of the workshop's kind (one query).
   */
  @Transactional
  public Map<UUID, AttendedWorkshop> of(UUID account) {
    List<SessionRow> rows =
        SqlRow.map(
            em.createNativeQuery(
                    "select w.id, w.program_slug, w.phase, w.kind, w.time_zone,"
                        + " s.starts_at, s.ends_at"
                        + " from workshop_attendance a"
                        + " join workshop_session s on s.id = a.session_id"
                        + " join workshop w on w.id = s.workshop_id"
                        + " where a.account_id = ?1 order by w.id, s.position")
                .setParameter(1, account)
                .getResultList(),
            row ->
                new SessionRow(
                    row.uuid(0),
                    row.text(1),
                    row.integer(2),
                    WorkshopKind.valueOf(row.text(3)),
                    ZoneId.of(row.text(4)),
                    row.instant(5),
                    row.instant(6)));
    Map<UUID, AttendedWorkshop> attended = new LinkedHashMap<>();
    rows.stream()
        .collect(
            Collectors.groupingBy(SessionRow::workshop, LinkedHashMap::new, Collectors.toList()))
        .forEach((id, sessions) -> attended.put(id, attendedWorkshop(sessions)));
    return attended;
  }

  private record SessionRow(
      UUID workshop,
      String program,
      int phase,
      WorkshopKind kind,
      ZoneId zone,
      Instant startsAt,
      Instant endsAt) {}

  private static AttendedWorkshop attendedWorkshop(List<SessionRow> sessions) {
    SessionRow first = sessions.get(0);
    List<BigDecimal> shares =
        PdHours.perSession(
            first.kind(),
            sessions.stream().map(s -> Duration.between(s.startsAt(), s.endsAt())).toList());
    List<AttendedSession> lines = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      lines.add(
          new AttendedSession(
              sessions.get(i).startsAt().atZone(first.zone()).toLocalDate(), shares.get(i)));
    }
    return new AttendedWorkshop(first.workshop(), first.program(), first.phase(), lines);
  }
}
