package org.pathways.reflection.entity;

/** {@code POST .../reflections/{stepKey}/submissions}: the text and who may read it. */
public class SubmissionRequest {
  public String text;
  public String visibility;
}
