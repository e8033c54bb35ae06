package org.pathways.identity.boundary;

import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/** Identity's refusals from bundle keys: English for the API's detail, the key for pages. */
final class Refusals {

  private Refusals() {}

  static Refusal of(Refusal.Kind kind, String key, Object... arguments) {
    return new Refusal(kind, Texts.english(key, arguments)).keyed(key, arguments);
  }

  /** 400 about one field, its message the same sentence. */
  static Refusal invalid(String field, String key, Object... arguments) {
    return Refusal.invalid(field, Texts.english(key, arguments)).keyed(key, arguments);
  }

  static Refusal noSuchAccount() {
    return of(Refusal.Kind.NOT_FOUND, "identity.account.not_found");
  }
}
