package org.pathways.identity.control;

import java.util.Locale;
import org.pathways.platform.control.Texts;

/** The mail that carries a password reset link, in its reader's language. */
public record PasswordResetMail(String subject, String body) {

  /** The mail to {@code name}, who reads {@code language}, whose link works for {@code minutes}. */
  public static PasswordResetMail to(String name, Locale language, int minutes, String link) {
    return new PasswordResetMail(
        Texts.in(language, "identity.forgot.mail.subject"),
        Texts.in(language, "identity.forgot.mail.body", name, minutes, link));
  }
}
