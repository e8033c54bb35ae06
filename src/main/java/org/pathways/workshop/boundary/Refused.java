package org.pathways.workshop.boundary;

import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/** Refusals of the workshop feature: English detail for the API, the bundle key for pages. */
final class Refused {

  private Refused() {}

  static Refusal because(Refusal.Kind kind, String key, Object... arguments) {
    return new Refusal(kind, Texts.english(key, arguments)).keyed(key, arguments);
  }

  static Refusal notFound(String key, Object... arguments) {
    return because(Refusal.Kind.NOT_FOUND, key, arguments);
  }

  static Refusal invalid(String field, String key, Object... arguments) {
    return Refusal.invalid(field, Texts.english(key, arguments)).keyed(key, arguments);
  }
}
