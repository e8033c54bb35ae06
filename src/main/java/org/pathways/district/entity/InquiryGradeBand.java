package org.pathways.district.entity;

/** The school levels a district asks about: elementary, middle and high school. */
public enum InquiryGradeBand {
  K5,
  MS,
  HS
}
