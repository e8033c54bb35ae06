package org.pathways.forum.entity;

/** What a forum space is for. */
public enum SpaceKind {
  COMMUNITY,
  COURSE,
  COHORT
}
