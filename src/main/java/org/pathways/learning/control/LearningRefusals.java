package org.pathways.learning.control;

import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/** Refusals of the learning feature: the API's English detail and the pages' key are one entry. */
public final class LearningRefusals {

  private LearningRefusals() {}

  public static Refusal of(Refusal.Kind kind, String key, Object... arguments) {
    return new Refusal(kind, Texts.english(key, arguments)).keyed(key, arguments);
  }

  public static Refusal notFound(String key, Object... arguments) {
    return of(Refusal.Kind.NOT_FOUND, key, arguments);
  }

  public static Refusal invalid(String field, String key, Object... arguments) {
    return Refusal.invalid(field, Texts.english(key, arguments)).keyed(key, arguments);
  }
}
