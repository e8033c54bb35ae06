package org.pathways.transcript.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The code that names one teacher's transcript over one range of days, for checking it. */
@Entity
@Table(name = "transcript_code")
@NamedQuery(
    name = TranscriptCode.OF_RANGE,
    query =
        "select t from TranscriptCode t where t.accountId = :account and t.from = :from"
            + " and t.to = :to")
public class TranscriptCode {

  public static final String OF_RANGE = "TranscriptCode.ofRange";

  @Id private String code;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "from_date", nullable = false, updatable = false)
  private LocalDate from;

  @Column(name = "to_date", nullable = false, updatable = false)
  private LocalDate to;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected TranscriptCode() {
    // for JPA
  }

  public TranscriptCode(String code, UUID accountId, TranscriptRange range, Instant createdAt) {
    this.code = code;
    this.accountId = accountId;
    this.from = range.from();
    this.to = range.to();
    this.createdAt = createdAt;
  }

  public String getCode() {
    return code;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public TranscriptRange range() {
    return new TranscriptRange(from, to);
  }
}
