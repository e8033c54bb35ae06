package org.pathways.transcript.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A teacher's transcript over a range of days: each activity in the order it was completed, and the
 * total hours. {@code code} and {@code verifyUrl} name it for checking, once a PDF of it was made
 * (null before).
 */
public record Transcript(
    String name,
    LocalDate from,
    LocalDate to,
    List<TranscriptItem> items,
    BigDecimal totalHours,
    String code,
    String verifyUrl) {

  public Transcript {
    items = List.copyOf(items);
  }

  public Transcript withCode(String code, String verifyUrl) {
    return new Transcript(name, from, to, items, totalHours, code, verifyUrl);
  }

  public TranscriptRange range() {
    return new TranscriptRange(from, to);
  }
}
