package org.pathways.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message in the outbox: sent through SMTP when a server is configured, else kept here. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
    name = OutboxMail.UNSENT,
    query =
        "select m from OutboxMail m where m.sentAt is null and m.attempts < 5 order by m.createdAt")
public class OutboxMail {

  public static final String UNSENT = "OutboxMail.unsent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMail() {
    // for JPA
  }

  public OutboxMail(String recipient, String subject, String body, Instant at) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = at;
  }

  public void sent(Instant at) {
    sentAt = at;
    attempts++;
  }

  public void failed(String error) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }
}
