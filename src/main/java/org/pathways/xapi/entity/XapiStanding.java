package org.pathways.xapi.entity;

import java.time.Instant;

/**
 * The outbox as an operator sees it: whether an LRS is configured, how many statements wait
 * (pending), how many of those failed at least once (failing), the newest failure's reason (never a
 * credential), and when a statement last arrived.
 */
public record XapiStanding(
    boolean configured, long pending, long failing, String lastError, Instant lastSentAt) {

  // JavaBeans accessors: Faces reads them, not a record's own.
  public boolean isConfigured() {
    return configured;
  }

  public long getPending() {
    return pending;
  }

  public long getFailing() {
    return failing;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }
}
