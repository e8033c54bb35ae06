package org.pathways.platform.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pathways.platform.entity.Reader;

/**
 * The languages Pathways speaks (English, the default, and Spanish) and how a reader's language is
 * chosen among them: a choice they made (a tag such as {@code es}) counts first, then what their
 * browser asks for ({@code Accept-Language}), then English.
 */
public final class Languages {

  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale SPANISH = Locale.forLanguageTag("es");
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

  private Languages() {}

  /** The supported language a tag names ({@code es}, {@code es-PR}, {@code EN}), if any. */
  public static Optional<Locale> of(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The best supported language for an {@code Accept-Language} header; English if none fits. */
  public static Locale accepted(String header) {
    if (header == null || header.isBlank() || header.length() > 1000) {
      return ENGLISH;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        if (range.getWeight() == 0) {
          continue;
        }
        String wanted = range.getRange();
        if (wanted.equals("*")) {
          return ENGLISH;
        }
        Optional<Locale> found = of(wanted);
        if (found.isPresent()) {
          return found.get();
        }
      }
    } catch (IllegalArgumentException malformed) {
      return ENGLISH;
    }
    return ENGLISH;
  }

  /**
   * The locale numbers and dates are written in for readers of this language: as written in the
   * United States, where these teachers teach ({@code es-US} writes 1.5 and 3:00 p.&nbsp;m.).
   */
  public static Locale formats(Locale language) {
    return new Reader(language, null).formats();
  }

  /** A choice first, the browser's wish next, English last. */
  public static Locale chosen(String choice, String acceptLanguage) {
    return of(choice).orElseGet(() -> accepted(acceptLanguage));
  }
}
