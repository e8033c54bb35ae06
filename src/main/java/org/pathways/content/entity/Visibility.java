package org.pathways.content.entity;

/** Who may read a teacher's reflection. */
public enum Visibility {
  PRIVATE,
  FACILITATORS,
  COHORT
}
