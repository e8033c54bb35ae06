package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.pathways.platform.control.PdfText;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;

/**
 * The reflection journal as an A4 PDF (PDFBox): the teacher's text as plain text, wrapped to the
 * page; nothing in it is interpreted, so nothing in it can run.
 */
@ApplicationScoped
public class JournalPdf {

  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  /** The journal in its reader's language, its dates in their time zone. */
  public byte[] render(ReflectionJournal.Journal journal) {
    Reader reader = journal.reader();
    Locale language = reader.language();
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PdfText.font(document);
      document
          .getDocumentInformation()
          .setTitle(Texts.in(language, "reflection.journal.pdf.title", journal.course()));
      Writer writer = new Writer(document, font);
      writer.paragraph(Texts.in(language, "reflection.journal.pdf.title", journal.course()), 18);
      writer.paragraph(
          Texts.in(
              language,
              "reflection.journal.pdf.byline",
              journal.teacher(),
              Times.date(journal.at(), reader)),
          11);
      for (ReflectionJournal.Entry entry : journal.entries()) {
        writer.space(10);
        writer.paragraph(entry.title(), 14);
        writer.paragraph(entry.prompt(), 11);
        writer.space(4);
        if (entry.text() == null) {
          writer.paragraph(Texts.in(language, "reflection.journal.pdf.not_written"), 11);
        } else {
          writer.paragraph(ReflectionJournal.status(entry, reader), 9);
          for (String paragraph : entry.text().split("\\R")) {
            writer.paragraph(paragraph, 11);
          }
        }
      }
      writer.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the journal", e);
    }
  }

  /** Writes wrapped lines down the page, starting a new page when one is full. */
  private static final class Writer {
    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      newPage();
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void space(float points) {
      y -= points;
    }

    void paragraph(String text, float size) throws IOException {
      for (String line : wrap(PdfText.printable(font, text), size)) {
        if (y - size * 1.4f < MARGIN) {
          newPage();
        }
        y -= size * 1.4f;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(line);
        stream.endText();
      }
    }

    private List<String> wrap(String text, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, size) <= WIDTH) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // A word longer than the line is cut.
        String rest = word;
        while (width(rest, size) > WIDTH && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), size) > WIDTH) {
            cut = cut * 3 / 4;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
      return lines;
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    void close() throws IOException {
      stream.close();
    }
  }
}
