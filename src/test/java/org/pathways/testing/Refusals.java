package org.pathways.testing;

import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/** What a refusal says, as the API's English detail says it. */
public final class Refusals {

  private Refusals() {}

  public static String english(Throwable refused) {
    return Texts.english(((Refusal) refused).detail());
  }
}
