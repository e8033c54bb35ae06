package org.pathways.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pathways.platform.entity.Message;

/**
 * Sentences from the resource bundle for what leaves the site outside a page (mail, for now in
 * English: the reader's language comes with the Spanish issue).
 */
public final class Texts {

  private static final String BUNDLE = "org.pathways.i18n.messages";

  private Texts() {}

  /** The English sentence of this key, its {0}-style arguments filled in. */
  public static String english(String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.ROOT,
            Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
  }

  /** The English sentence of this message. */
  public static String english(Message message) {
    return english(message.key(), message.argumentArray());
  }
}
