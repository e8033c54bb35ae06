package org.pathways.content.entity;

/** The kinds of step a module is made of, as the API names them. */
public enum StepKind {
  PAGE,
  VIDEO,
  QUIZ,
  REFLECTION,
  WORKSHOP,
  FORUM,
  RESOURCE,
  PUZZLE
}
