package org.pathways.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pathways.platform.entity.Message;

/**
 * Sentences from the resource bundle: a key (or a {@link Message}) in a reader's language. Pages
 * read them through Faces' {@code i18n} bundle, which is this same bundle; mails, PDFs and the
 * API's problems through here: {@link #in(Locale, Message)} in the reader's language, {@link
 * #english} where the reader is not a person (an author's content problem, a log line).
 */
public final class Texts {

  private static final String BUNDLE = "org.pathways.i18n.messages";

  private Texts() {}

  /** The English sentence of this key, its {0}-style arguments filled in. */
  public static String english(String key, Object... arguments) {
    return english(Message.of(key, arguments));
  }

  /** The English sentence of this message. */
  public static String english(Message message) {
    return in(bundle(Locale.ROOT), Locale.ENGLISH, message);
  }

  /** The key's sentence in the reader's language, its {0}-style arguments filled in. */
  public static String in(Locale reader, String key, Object... arguments) {
    return in(reader, Message.of(key, arguments));
  }

  /**
   * The message's sentence in the reader's language ({@link Languages}), formatted for it; a key
   * the language has no text for reads in English.
   */
  public static String in(Locale reader, Message message) {
    Locale language = Languages.of(reader.toLanguageTag()).orElse(Languages.ENGLISH);
    return in(
        bundle(language == Languages.ENGLISH ? Locale.ROOT : language),
        Languages.formats(language),
        message);
  }

  /**
   * The message's sentence from this bundle, formatted for this locale. An argument that is itself
   * a message is put in words first, so that sentences can be made of sentences.
   */
  public static String in(ResourceBundle bundle, Locale locale, Message message) {
    Object[] arguments = message.argumentArray();
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof Message part) {
        arguments[i] = in(bundle, locale, part);
      }
    }
    return new MessageFormat(bundle.getString(message.key()), locale).format(arguments);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        Texts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
