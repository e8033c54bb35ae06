package org.pathways.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
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

  private static final float MARGIN = 56;
  private static final float LEADING = 1.4f;
  private static final float PAD = 4;
  private static final float[] HEADING_SIZES = {20, 15, 12.5f, 11.5f, 11, 11};
  private static final float TEXT_SIZE = 11;
  private static final float TABLE_SIZE = 9.5f;

  /** A part of a block of text: its own element, and the address it links to (or none). */
  private record Part(String text, PDStructureElement element, String uri) {}

  private final PDDocument document = new PDDocument();
  private final PDRectangle box;
  private final Locale language;
  private final String title;
  private final PDType0Font font;
  private final PdfWrap wrap;
  private final PdfTags tags;
  private String author;
  private boolean centred;
  private boolean framed;
  private PDPage page;
  private PDPageContentStream stream;
  private float y;

  private TaggedPdf(PDRectangle box, Locale language, String title) {
    this.box = box;
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
    framed = true;
    if (page != null) {
      frame();
    }
    return this;
  }

  /** Empty space down the page. */
  public TaggedPdf space(float points) {
    ensurePage();
    y -= points;
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
    ensurePage();
    y -= 6;
    artifactLine(MARGIN, y, box.getWidth() - MARGIN, y, 0.75f);
    y -= 6;
    return this;
  }

  /** A table with a header row (repeated on each page it continues on) and body rows. */
  public TaggedPdf table(List<String> headers, List<List<String>> rows) {
    return table(headers, rows, List.of());
  }

  /** A table with a header row, body rows and (when not empty) a footer row such as a total. */
  public TaggedPdf table(List<String> headers, List<List<String>> rows, List<String> footer) {
    ensurePage();
    PdfTable table = new PdfTable(this, headers, rows, footer);
    table.draw(tags.element("Table", tags.document()));
    return this;
  }

  /** The finished document; the builder cannot be used after. */
  public byte[] bytes() {
    try (document) {
      ensurePage();
      stream.close();
      tags.finish(language, title, author);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF", e);
    }
  }

  private TaggedPdf block(String type, String text, String uri, float size) {
    ensurePage();
    String printable = PdfText.printable(font, text == null ? "" : text);
    if (printable.isBlank()) {
      y -= size * LEADING;
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
    for (List<PdfWrap.Piece> line : wrap.lines(texts, size, textWidth())) {
      if (y - size * LEADING < MARGIN) {
        newPage();
      }
      y -= size * LEADING;
      float x = centred ? (box.getWidth() - wrap.width(line, size)) / 2 : MARGIN;
      for (PdfWrap.Piece piece : line) {
        Part part = parts.get(piece.part());
        float at = x;
        tagged(part.element(), () -> show(piece.text(), at, y, size, part.uri() != null));
        if (part.uri() != null) {
          linkArea(part, alternate, x, size, wrap.width(piece.text().stripTrailing(), size));
        }
        x += wrap.width(piece.text(), size);
      }
    }
  }

  private void linkArea(Part part, String alternate, float x, float size, float width) {
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
      page.getAnnotations().add(link);
      tags.annotation(part.element(), link, page);
      artifactLine(x, y - 1.5f, x + width, y - 1.5f, 0.5f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- drawing, used by PdfTable too ----

  interface Drawing {
    void draw() throws IOException;
  }

  float textWidth() {
    return box.getWidth() - 2 * MARGIN;
  }

  float left() {
    return MARGIN;
  }

  float y() {
    return y;
  }

  void down(float points) {
    y -= points;
  }

  boolean fits(float height) {
    return y - height >= MARGIN;
  }

  PdfWrap wrap() {
    return wrap;
  }

  PdfTags tags() {
    return tags;
  }

  static float tableSize() {
    return TABLE_SIZE;
  }

  static float leading() {
    return LEADING;
  }

  static float pad() {
    return PAD;
  }

  String printable(String text) {
    return PdfText.printable(font, text == null ? "" : text);
  }

  /** The drawing as marked content of the element, or as an artifact when there is none. */
  void tagged(PDStructureElement element, Drawing drawing) {
    try {
      if (element == null) {
        stream.beginMarkedContent(COSName.ARTIFACT);
      } else {
        tags.begin(element, page, stream);
      }
      drawing.draw();
      stream.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void show(String text, float x, float baseline, float size, boolean linked) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    if (linked) {
      stream.setNonStrokingColor(0.05f, 0.2f, 0.55f);
    } else {
      stream.setNonStrokingColor(0f, 0f, 0f);
    }
    stream.newLineAtOffset(x, baseline);
    stream.showText(text);
    stream.endText();
  }

  void artifactLine(float x1, float y1, float x2, float y2, float width) {
    tagged(
        null,
        () -> {
          stream.setLineWidth(width);
          stream.moveTo(x1, y1);
          stream.lineTo(x2, y2);
          stream.stroke();
        });
  }

  static PDTableAttributeObject columnScope() {
    PDTableAttributeObject scope = new PDTableAttributeObject();
    scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
    return scope;
  }

  void ensurePage() {
    if (page == null) {
      newPage();
    }
  }

  void newPage() {
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

  private void frame() {
    tagged(
        null,
        () -> {
          stream.setLineWidth(2);
          stream.addRect(28, 28, box.getWidth() - 56, box.getHeight() - 56);
          stream.stroke();
        });
  }
}
