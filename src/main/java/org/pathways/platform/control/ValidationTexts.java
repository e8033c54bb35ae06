package org.pathways.platform.control;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bean Validation message in the API caller's language. The validator writes messages in the
 * server's default language when it checks a body; our constraints name a key of {@code
 * ValidationMessages} (<code>{identity.zip.invalid}</code>), which is read again here from the
 * reader's bundle. A template that is not one key, or a key the language lacks, keeps the
 * validator's sentence.
 */
public final class ValidationTexts {

  private static final Pattern KEY = Pattern.compile("^\\{([A-Za-z0-9_.]+)\\}$");

  private ValidationTexts() {}

  public static String in(Locale reader, String template, String validatorMessage) {
    Matcher key = KEY.matcher(template == null ? "" : template);
    if (!key.matches()) {
      return validatorMessage;
    }
    Locale language = Languages.of(reader.toLanguageTag()).orElse(Languages.ENGLISH);
    try {
      return ResourceBundle.getBundle(
              "ValidationMessages",
              language == Languages.ENGLISH ? Locale.ROOT : language,
              ValidationTexts.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(key.group(1));
    } catch (MissingResourceException missing) {
      return validatorMessage;
    }
  }
}
