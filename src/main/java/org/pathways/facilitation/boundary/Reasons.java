package org.pathways.facilitation.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;

/**
 * The at-risk reasons in a reader's words: their dates (a {@link LocalDate} argument, at any depth)
 * written as the reader's language writes a date ("May 1, 2027"), which MessageFormat cannot do.
 */
final class Reasons {

  private Reasons() {}

  /** The message with its dates written out for this locale. */
  static Message dated(Message message, Locale locale) {
    Object[] arguments = message.argumentArray();
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof LocalDate date) {
        arguments[i] =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
      } else if (arguments[i] instanceof Message part) {
        arguments[i] = dated(part, locale);
      }
    }
    return Message.of(message.key(), arguments);
  }

  /** The sentence in the reader's language, its dates written for it; null for no message. */
  static String in(Message message, Locale language) {
    Locale formats = new Locale(language.getLanguage(), "US");
    return message == null ? null : Texts.in(language, dated(message, formats));
  }
}
