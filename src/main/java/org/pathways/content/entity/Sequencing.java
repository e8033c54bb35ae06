package org.pathways.content.entity;

/** Whether modules open in order. */
public enum Sequencing {
  /** A module opens when the previous required module is complete; electives never block. */
  STRICT,
  /** Every module is open from the start. */
  OPEN
}
