package org.pathways.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * A PDF/UA-1 document written top-down: headings, paragraphs, links and tables become structure
 * elements in the order they are drawn (which is the reading order), wrapped across lines and
 * pages; rules and frames are artifacts. Text is in Liberation Sans, embedded as a subset, with
 * {@link PdfText#printable} applied (a character the font lacks prints as "?"). One use: {@link
 * #bytes()} ends it.
 */
public final class TaggedPdf {

  static final float LEADING = 1.4f;
  private static final float[] HEADING_SIZES = {20, 15, 12.5f, 11.5f, 11, 11};
  private static final float TEXT_SIZE = 11;

  /** A part of a block of text: its own element, and the address it links to (or none). */
  private record Part(String text, PDStructureElement element, String uri) {}

  private final PDDocument document = new PDDocument();
  private final Locale language;
  private final String title;
  private final PDType0Font font;
  private final PdfWrap wrap;
  private final PdfTags tags;
  private final PdfPages pages;
  private String author;
  private boolean centred;

  private TaggedPdf(PDRectangle box, Locale language, String title) {
    this.language = language;
    this.title = title;
    try {
      document.setVersion(1.7f);
      font = PdfText.font(document);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the PDF font", e);
    }
    wrap = new PdfWrap(font);
    tags = new PdfTags(document);
    pages = new PdfPages(document, box, font, tags);
  }

  /** An A4 portrait document in the reader's language, with its title. */
  public static TaggedPdf portrait(Locale language, String title) {
    return new TaggedPdf(PDRectangle.A4, language, title);
  }

  /** An A4 landscape document in the reader's language, with its title. */
  public static TaggedPdf landscape(Locale language, String title) {
    return new TaggedPdf(
        new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), language, title);
  }

  public TaggedPdf author(String name) {
    this.author = name;
    return this;
  }

  /** Text from here on is centred on the page (else it starts at the left margin). */
  public TaggedPdf centred(boolean centred) {
    this.centred = centred;
    return this;
  }

  /** Every page has a border (an artifact), this one included. */
  public TaggedPdf framed() {
    pages.framed();
    return this;
  }

  /** Empty space down the page. */
  public TaggedPdf space(float points) {
    pages.down(points);
    return this;
  }

  public TaggedPdf heading(int level, String text) {
    return heading(level, text, HEADING_SIZES[Math.min(Math.max(level, 1), 6) - 1]);
  }

  /** A heading H1 to H6 (keep them in order, starting at H1), in a size of its own. */
  public TaggedPdf heading(int level, String text, float size) {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level " + level);
    }
    return block("H" + level, text, null, size);
  }

  public TaggedPdf paragraph(String text) {
    return paragraph(text, TEXT_SIZE);
  }

  /** A paragraph, wrapped; an empty one is only space. */
  public TaggedPdf paragraph(String text, float size) {
    return block("P", text, null, size);
  }

  public TaggedPdf link(String text, String uri) {
    return link(text, uri, TEXT_SIZE);
  }

  /**
   * A paragraph that links to the address: where the text contains the address, that part is the
   * link, else the whole text is. The link's alternate description is the text.
   */
  public TaggedPdf link(String text, String uri, float size) {
    return block("P", text, uri, size);
  }

  /** A horizontal line across the text width (an artifact). */
  public TaggedPdf rule() {
    pages.down(6);
    float y = pages.y();
    pages.line(pages.left(), y, pages.left() + pages.textWidth(), y, 0.75f);
    pages.down(6);
    return this;
  }

  /** A table with a header row (repeated on each page it continues on) and body rows. */
  public TaggedPdf table(List<String> headers, List<List<String>> rows) {
    return table(headers, rows, List.of());
  }

  /** A table with a header row, body rows and (when not empty) a footer row such as a total. */
  public TaggedPdf table(List<String> headers, List<List<String>> rows, List<String> footer) {
    new PdfTable(
            pages,
            tags,
            wrap,
            printable(headers),
            rows.stream().map(this::printable).toList(),
            footer == null ? List.of() : printable(footer))
        .draw(tags.element("Table", tags.document()));
    return this;
  }

  /** The finished document; the builder cannot be used after. */
  public byte[] bytes() {
    try (document) {
      pages.close();
      tags.finish(language, title, author);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF", e);
    }
  }

  private List<String> printable(List<String> cells) {
    return cells.stream().map(cell -> PdfText.printable(font, cell == null ? "" : cell)).toList();
  }

  private TaggedPdf block(String type, String text, String uri, float size) {
    String printable = PdfText.printable(font, text == null ? "" : text);
    if (printable.isBlank()) {
      pages.down(size * LEADING);
      return this;
    }
    PDStructureElement element = tags.element(type, tags.document());
    List<Part> parts = new ArrayList<>();
    int at = uri == null ? -1 : printable.indexOf(uri);
    if (uri == null) {
      parts.add(new Part(printable, element, null));
    } else if (at < 0) {
      parts.add(new Part(printable, tags.element("Link", element), uri));
    } else {
      PDStructureElement link = tags.element("Link", element);
      parts.add(new Part(printable.substring(0, at), element, null));
      parts.add(new Part(uri, link, uri));
      parts.add(new Part(printable.substring(at + uri.length()), element, null));
    }
    write(parts, size, printable);
    return this;
  }

  private void write(List<Part> parts, float size, String alternate) {
    List<String> texts = parts.stream().map(Part::text).toList();
    for (List<PdfWrap.Piece> line : wrap.lines(texts, size, pages.textWidth())) {
      if (!pages.fits(size * LEADING)) {
        pages.next();
      }
      pages.down(size * LEADING);
      float y = pages.y();
      float x = centred ? (pages.pageWidth() - wrap.width(line, size)) / 2 : pages.left();
      for (PdfWrap.Piece piece : line) {
        Part part = parts.get(piece.part());
        float at = x;
        boolean linked = part.uri() != null;
        pages.tagged(part.element(), on -> pages.show(on, piece.text(), at, y, size, linked));
        if (linked) {
          linkArea(part, alternate, x, y, size, wrap.width(piece.text().stripTrailing(), size));
        }
        x += wrap.width(piece.text(), size);
      }
    }
  }

  /** The link's annotation over its text, an object of its Link element, and an underline. */
  private void linkArea(Part part, String alternate, float x, float y, float size, float width) {
    try {
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(x, y - size * 0.3f, width, size * 1.3f));
      PDBorderStyleDictionary border = new PDBorderStyleDictionary();
      border.setWidth(0);
      link.setBorderStyle(border);
      PDActionURI action = new PDActionURI();
      action.setURI(part.uri());
      link.setAction(action);
      link.setContents(alternate);
      link.setPrinted(true);
      pages.page().getAnnotations().add(link);
      tags.annotation(part.element(), link, pages.page());
      pages.line(x, y - 1.5f, x + width, y - 1.5f, 0.5f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
