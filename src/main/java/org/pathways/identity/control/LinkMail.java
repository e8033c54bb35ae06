package org.pathways.identity.control;

import java.util.Locale;
import org.pathways.platform.control.Texts;

/**
 * The mail that asks the owner of an account whether a sign-in with another account that gave their
 * address is theirs, in the owner's language.
 */
public record LinkMail(String subject, String body) {

  /**
   * The mail to {@code name} about a sign-in with {@code label}; the link works {@code minutes}.
   */
  public static LinkMail to(String name, Locale language, String label, int minutes, String link) {
    return new LinkMail(
        Texts.in(language, "identity.link.mail.subject", label),
        Texts.in(language, "identity.link.mail.body", name, label, minutes, link));
  }
}
