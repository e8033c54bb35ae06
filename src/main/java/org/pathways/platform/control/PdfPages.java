package org.pathways.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of a {@link TaggedPdf} as they are drawn: the current page, its content stream and how
 * far down it the text has come. Everything drawn is either marked content of a structure element
 * or an artifact (a frame, a rule, a repeated header row), as PDF/UA asks.
 */
final class PdfPages {

  static final float MARGIN = 56;

  /** Something drawn on the current page's content stream. */
  interface Drawing {
    void draw(PDPageContentStream stream) throws IOException;
  }

  private final PDDocument document;
  private final PDRectangle box;
  private final PDType0Font font;
  private final PdfTags tags;
  private boolean framed;
  private PDPage page;
  private PDPageContentStream stream;
  private float y;

  PdfPages(PDDocument document, PDRectangle box, PDType0Font font, PdfTags tags) {
    this.document = document;
    this.box = box;
    this.font = font;
    this.tags = tags;
  }

  /** Every page has a border from now on, the current one included. */
  void framed() {
    framed = true;
    if (page != null) {
      frame();
    }
  }

  PDPage page() {
    current();
    return page;
  }

  float pageWidth() {
    return box.getWidth();
  }

  float left() {
    return MARGIN;
  }

  float textWidth() {
    return box.getWidth() - 2 * MARGIN;
  }

  float y() {
    current();
    return y;
  }

  void down(float points) {
    current();
    y -= points;
  }

  /** Whether that much more fits above the bottom margin of the current page. */
  boolean fits(float height) {
    current();
    return y - height >= MARGIN;
  }

  /** The drawing as marked content of the element, or as an artifact when there is none. */
  void tagged(PDStructureElement element, Drawing drawing) {
    current();
    try {
      if (element == null) {
        stream.beginMarkedContent(COSName.ARTIFACT);
      } else {
        tags.begin(element, page, stream);
      }
      drawing.draw(stream);
      stream.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line of text (already printable) with its baseline at {@code baseline}. */
  void show(PDPageContentStream on, String text, float x, float baseline, float size, boolean link)
      throws IOException {
    on.beginText();
    on.setFont(font, size);
    if (link) {
      on.setNonStrokingColor(0.05f, 0.2f, 0.55f);
    } else {
      on.setNonStrokingColor(0f, 0f, 0f);
    }
    on.newLineAtOffset(x, baseline);
    on.showText(text);
    on.endText();
  }

  /** A straight line, as an artifact. */
  void line(float x1, float y1, float x2, float y2, float width) {
    tagged(
        null,
        on -> {
          on.setLineWidth(width);
          on.moveTo(x1, y1);
          on.lineTo(x2, y2);
          on.stroke();
        });
  }

  /** The current page, the first one started when there is none yet. */
  void current() {
    if (page == null) {
      next();
    }
  }

  void next() {
    try {
      if (stream != null) {
        stream.close();
      }
      page = new PDPage(box);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = box.getHeight() - MARGIN;
      if (framed) {
        frame();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void close() throws IOException {
    current();
    stream.close();
  }

  private void frame() {
    tagged(
        null,
        on -> {
          on.setLineWidth(2);
          on.addRect(28, 28, box.getWidth() - 56, box.getHeight() - 56);
          on.stroke();
        });
  }
}
