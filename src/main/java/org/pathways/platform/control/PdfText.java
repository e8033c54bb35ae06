package org.pathways.platform.control;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in the platform's PDFs: Liberation Sans (shipped inside PDFBox), so that names and text in
 * most European scripts print as written; a character the font lacks prints as "?" instead of
 * failing the download.
 */
public final class PdfText {

  private PdfText() {}

  public static PDType0Font font(PDDocument document) throws IOException {
    try (InputStream file =
        PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      return PDType0Font.load(document, file);
    }
  }

  /** The text with tabs as spaces and every character the font cannot draw as "?". */
  public static String printable(PDType0Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t' || cp == ' ') {
                out.append(' ');
                return;
              }
              out.appendCodePoint(drawable(font, cp) ? cp : '?');
            });
    return out.toString();
  }

  /**
   * Whether the font has a glyph for the character. Asked by encoding it: {@code hasGlyph} takes a
   * glyph code, not a character, and so let a character the font lacks through (failing the
   * download) and turned some it has (such as a dash or curly quotes) into "?".
   */
  private static boolean drawable(PDType0Font font, int cp) {
    if (Character.isISOControl(cp)) {
      return false;
    }
    try {
      return font.encode(Character.toString(cp)).length > 0;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
