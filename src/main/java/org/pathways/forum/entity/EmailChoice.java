package org.pathways.forum.entity;

import java.util.Optional;

/** How a teacher wants mail about followed threads (a daily digest unless they chose). */
public enum EmailChoice {
  DAILY,
  EACH_POST,
  NONE;

  /** The choice a form or request names exactly ({@code DAILY}, ...), or empty. */
  public static Optional<EmailChoice> parse(String name) {
    for (EmailChoice choice : values()) {
      if (choice.name().equals(name)) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }
}
