package org.pathways.district.entity;

/** What staff send to record where they stand with an inquiry: {@code {status, note?}}. */
public class InquiryChange {

  public String status;
  public String note;

  /** The status written, or empty when it is none of NEW, CONTACTED, PARTNER, DECLINED. */
  public static java.util.Optional<InquiryStatus> status(String written) {
    if (written == null) {
      return java.util.Optional.empty();
    }
    for (InquiryStatus status : InquiryStatus.values()) {
      if (status.name().equalsIgnoreCase(written.strip())) {
        return java.util.Optional.of(status);
      }
    }
    return java.util.Optional.empty();
  }
}
