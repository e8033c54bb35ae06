package org.pathways.workshop.boundary;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.learning.entity.Certificate;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;

/** The bodies of the workshops API (see {@link WorkshopsResource}), each built from the domain. */
public final class WorkshopApi {

  private WorkshopApi() {}

  public record Near(String query, double lat, double lon, String city, String state) {}

  /**
   * A page of a search: {@code size} as the API conventions name it, and {@code pageSize}, the same
   * number, for the clients that read it before.
   */
  public record SearchPage(
      List<WorkshopViews.WorkshopView> items,
      int page,
      int size,
      int pageSize,
      int total,
      Near near) {}

  public record RegistrationView(
      String workshop, RegistrationStatus status, Integer position, int seatsLeft) {}

  public record AttendanceView(
      String workshop,
      String session,
      int number,
      OffsetDateTime start,
      OffsetDateTime end,
      Instant checkedInAt,
      String method,
      BigDecimal hours,
      String certificate) {

    static AttendanceView of(
        Workshop workshop,
        Attendances.CheckIn checkIn,
        Set<UUID> attended,
        Certificate certificate) {
      return new AttendanceView(
          workshop.getId().toString(),
          checkIn.session().getId().toString(),
          checkIn.session().getPosition(),
          WorkshopViews.local(workshop, checkIn.session().getStartsAt()),
          WorkshopViews.local(workshop, checkIn.session().getEndsAt()),
          checkIn.attendance().getCheckedInAt(),
          checkIn.attendance().getMethod().name(),
          Attendances.hours(workshop, attended),
          certificate == null ? null : certificate.getCode());
    }
  }

  public record RosterEntry(
      String account,
      String name,
      String email,
      RegistrationStatus status,
      List<String> attendedSessions,
      BigDecimal hours) {

    static RosterEntry of(Attendances.RosterLine line) {
      return new RosterEntry(
          line.teacher().id().toString(),
          line.teacher().name(),
          line.teacher().email(),
          line.registration().getStatus(),
          line.attended().stream().map(UUID::toString).sorted().toList(),
          line.hours());
    }
  }

  public record CertificateView(
      String code, String holder, String workshop, BigDecimal pdHours, Instant issuedAt) {

    static CertificateView of(Certificate c) {
      return new CertificateView(
          c.getCode(), c.getHolderName(), c.getCourseTitle(), c.getPdHours(), c.getCompletedAt());
    }
  }

  public record AttendanceMark(@NotNull(message = "{workshop.api.present}") Boolean present) {}

  public record CheckInRequest(String code) {}
}
