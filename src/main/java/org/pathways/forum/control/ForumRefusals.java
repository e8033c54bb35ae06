package org.pathways.forum.control;

import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/**
 * The forum's refusals, each from a bundle key: the API's detail is the key's English sentence,
 * pages show the key in the reader's language.
 */
public final class ForumRefusals {

  private ForumRefusals() {}

  /** A field that is not valid, and why. */
  public static Refusal invalid(String field, String key, Object... arguments) {
    return Refusal.invalid(field, Texts.english(key, arguments)).keyed(key, arguments);
  }

  /** Not found (or not to be seen by the caller). */
  public static Refusal notFound(String key) {
    return Refusal.notFound(Texts.english(key)).keyed(key);
  }

  /** Any other reason. */
  public static Refusal of(Refusal.Kind kind, String key, Object... arguments) {
    return new Refusal(kind, Texts.english(key, arguments)).keyed(key, arguments);
  }
}
