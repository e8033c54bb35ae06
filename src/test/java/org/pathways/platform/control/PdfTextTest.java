package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  @Test
  void charactersTheFontHasPrintAsWrittenAndOthersAsQuestionMarks() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PdfText.font(document);
      assertThat(PdfText.printable(font, "“Ça va” — Ελλάδα, Россия, €5"))
          .isEqualTo("“Ça va” — Ελλάδα, Россия, €5");
      // U+0800 and U+0530 have low code points (below the font's glyph count) but no glyph.
      assertThat(PdfText.printable(font, "a\u0800b\u0530c 李🙂\td\u0007")).isEqualTo("a?b?c ?? d?");
    }
  }
}
