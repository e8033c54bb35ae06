package org.pathways.content.entity;

/** How a phase of a program takes place. */
public enum PhaseKind {
  ONLINE,
  IN_PERSON,
  BLENDED
}
