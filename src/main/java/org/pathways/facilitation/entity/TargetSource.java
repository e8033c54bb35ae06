package org.pathways.facilitation.entity;

/** Where a cohort's target date comes from. */
public enum TargetSource {
  /** The date its managers set on the cohort. */
  COHORT,
  /** The start of the next Phase 2 workshop of its course's program (in its district if any). */
  WORKSHOP
}
