package org.pathways.district.entity;

/** Where program staff stand with a district's inquiry. */
public enum InquiryStatus {
  NEW,
  CONTACTED,
  PARTNER,
  DECLINED
}
