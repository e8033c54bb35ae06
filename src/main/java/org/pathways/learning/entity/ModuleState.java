package org.pathways.learning.entity;

/** Where a teacher stands in a module. */
public enum ModuleState {
  LOCKED,
  AVAILABLE,
  IN_PROGRESS,
  COMPLETED
}
