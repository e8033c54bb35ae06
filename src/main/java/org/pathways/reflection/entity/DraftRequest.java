package org.pathways.reflection.entity;

/** {@code PUT .../draft}: the text, and the revision it was written from. */
public class DraftRequest {
  public String text;
  public Integer revision;
}
