package org.pathways.platform.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * A table of a {@link TaggedPdf}: Table with THead (TH cells, scope column), TBody and TFoot rows;
 * columns as wide as their text asks within the page, cells wrapped; a row that does not fit starts
 * a new page, where the header row is drawn again as an artifact (the structure has it once).
 */
final class PdfTable {

  private static final float SIZE = 9.5f;
  private static final float PAD = 4;

  private final PdfPages pages;
  private final PdfTags tags;
  private final PdfWrap wrap;
  private final int columns;
  private final List<String> headers;
  private final List<List<String>> rows;
  private final List<String> footer;
  private final float[] widths;

  /** A table of printable cells; rows shorter than the header row are filled with empty cells. */
  PdfTable(
      PdfPages pages,
      PdfTags tags,
      PdfWrap wrap,
      List<String> headers,
      List<List<String>> rows,
      List<String> footer) {
    this.pages = pages;
    this.tags = tags;
    this.wrap = wrap;
    this.columns = Math.max(headers.size(), 1);
    this.headers = filled(headers);
    this.rows = rows.stream().map(this::filled).toList();
    this.footer = footer.isEmpty() ? List.of() : filled(footer);
    this.widths = widths();
  }

  private List<String> filled(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      out.add(i < cells.size() ? cells.get(i) : "");
    }
    return out;
  }

  void draw(PDStructureElement table) {
    pages.down(PAD * 2);
    PDStructureElement head = tags.element("THead", table);
    row(headers, tags.element("TR", head), "TH");
    if (!rows.isEmpty()) {
      PDStructureElement body = tags.element("TBody", table);
      for (List<String> cells : rows) {
        row(cells, tags.element("TR", body), "TD");
      }
    }
    if (!footer.isEmpty()) {
      PDStructureElement foot = tags.element("TFoot", table);
      row(footer, tags.element("TR", foot), "TD");
    }
    pages.down(PAD * 2);
  }

  /** A row (an artifact when {@code tr} is null), on a new page when it does not fit. */
  private void row(List<String> cells, PDStructureElement tr, String type) {
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      lines.add(
          wrap.lines(List.of(cells.get(i)), SIZE, widths[i] - 2 * PAD).stream()
              .map(line -> String.join("", line.stream().map(PdfWrap.Piece::text).toList()))
              .toList());
    }
    int height = lines.stream().mapToInt(List::size).max().orElse(1);
    float rowHeight = Math.max(height, 1) * SIZE * TaggedPdf.LEADING + 2 * PAD;
    if (!pages.fits(rowHeight)) {
      pages.next();
      if (tr != null && !"TH".equals(type)) {
        row(headers, null, "TH");
      }
    }
    float top = pages.y();
    float x = pages.left();
    if ("TH".equals(type)) {
      pages.line(x, top, x + pages.textWidth(), top, 1);
    }
    for (int i = 0; i < cells.size(); i++) {
      PDStructureElement cell = tr == null ? null : tags.element(type, tr);
      if (cell != null && "TH".equals(type)) {
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        cell.addAttribute(scope);
      }
      List<String> text = lines.get(i);
      if (!text.isEmpty()) {
        float left = x + PAD;
        pages.tagged(
            cell,
            on -> {
              float baseline = top - PAD;
              for (String line : text) {
                baseline -= SIZE * TaggedPdf.LEADING;
                pages.show(on, line, left, baseline + SIZE * 0.3f, SIZE, false);
              }
            });
      }
      x += widths[i];
    }
    pages.down(rowHeight);
    float bottom = pages.y();
    pages.line(
        pages.left(),
        bottom,
        pages.left() + pages.textWidth(),
        bottom,
        "TH".equals(type) ? 1 : 0.3f);
  }

  /** Column widths: what each column's longest text asks, shared out when the page is narrower. */
  private float[] widths() {
    float available = pages.textWidth();
    float[] natural = new float[columns];
    float[] least = new float[columns];
    List<List<String>> all = new ArrayList<>(rows);
    all.add(headers);
    all.add(footer);
    for (List<String> cells : all) {
      for (int i = 0; i < cells.size() && i < columns; i++) {
        String text = cells.get(i);
        natural[i] = Math.max(natural[i], wrap.width(text, SIZE) + 2 * PAD);
        for (String word : text.split(" ")) {
          least[i] = Math.max(least[i], wrap.width(word, SIZE) + 2 * PAD);
        }
      }
    }
    float sumNatural = 0;
    float sumLeast = 0;
    for (int i = 0; i < columns; i++) {
      least[i] = Math.min(least[i], available / columns);
      sumNatural += natural[i];
      sumLeast += least[i];
    }
    float[] widths = new float[columns];
    for (int i = 0; i < columns; i++) {
      widths[i] =
          sumNatural <= available
              ? natural[i] + (available - sumNatural) / columns
              : least[i]
                  + (available - sumLeast) * (natural[i] - least[i]) / (sumNatural - sumLeast);
    }
    return widths;
  }
}
