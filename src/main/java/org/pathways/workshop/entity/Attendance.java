package org.pathways.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A teacher's presence at one session, by their own check-in code or marked by a facilitator. */
@Entity
@Table(name = "workshop_attendance")
@IdClass(Attendance.Key.class)
@NamedQuery(
    name = Attendance.OF_ACCOUNT,
    query = "select a from Attendance a where a.accountId = :account")
@NamedQuery(
    name = Attendance.OF_SESSIONS,
    query = "select a from Attendance a where a.sessionId in :sessions")
public class Attendance {

  public static final String OF_ACCOUNT = "Attendance.ofAccount";
  public static final String OF_SESSIONS = "Attendance.ofSessions";

  /** How the presence was recorded. */
  public enum Method {
    CODE,
    FACILITATOR
  }

  @Id
  @Column(name = "session_id")
  private UUID sessionId;

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "checked_in_at", nullable = false)
  private Instant checkedInAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Method method;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "marked_by")
  private String markedBy;

  protected Attendance() {
    // for JPA
  }

  public Attendance(UUID sessionId, UUID accountId, Method method, UUID markedBy, Instant at) {
    this.sessionId = sessionId;
    this.accountId = accountId;
    this.method = method;
    this.markedBy = markedBy == null ? null : markedBy.toString();
    this.checkedInAt = at;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public Method getMethod() {
    return method;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private UUID sessionId;
    private UUID accountId;

    public Key() {
      // for JPA
    }

    public Key(UUID sessionId, UUID accountId) {
      this.sessionId = sessionId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(sessionId, key.sessionId)
          && Objects.equals(accountId, key.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sessionId, accountId);
    }
  }
}
