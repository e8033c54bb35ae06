package org.pathways.identity.control;

import org.pathways.platform.control.Texts;

/** The mail that carries a password reset link, in English (the reader's language comes later). */
public record PasswordResetMail(String subject, String body) {

  /** The mail to {@code name}, whose link {@code link} works for {@code minutes}. */
  public static PasswordResetMail to(String name, int minutes, String link) {
    return new PasswordResetMail(
        Texts.english("identity.forgot.mail.subject"),
        Texts.english("identity.forgot.mail.body", name, minutes, link));
  }
}
