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
              boolean drawable;
              try {
                drawable = !Character.isISOControl(cp) && font.hasGlyph(cp);
              } catch (IOException e) {
                drawable = false;
              }
              out.appendCodePoint(drawable ? cp : '?');
            });
    return out.toString();
  }
}
