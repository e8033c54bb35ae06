package org.pathways.platform.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * A table of a {@link TaggedPdf}: Table with THead (TH cells, scope column), TBody and TFoot rows;
 * columns as wide as their text asks within the page, cells wrapped; a row that does not fit starts
 * a new page, where the header row is drawn again as an artifact (the structure has it once).
 */
final class PdfTable {

  private final TaggedPdf pdf;
  private final List<String> headers;
  private final List<List<String>> rows;
  private final List<String> footer;
  private final float size = TaggedPdf.tableSize();
  private final int columns;
  private final float[] widths;

  PdfTable(TaggedPdf pdf, List<String> headers, List<List<String>> rows, List<String> footer) {
    this.pdf = pdf;
    this.columns = Math.max(headers.size(), 1);
    this.headers = printable(headers);
    this.rows = rows.stream().map(this::printable).toList();
    this.footer = footer == null ? List.of() : printable(footer);
    this.widths = widths();
  }

  private List<String> printable(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      out.add(i < cells.size() ? pdf.printable(cells.get(i)) : "");
    }
    return out;
  }

  void draw(PDStructureElement table) {
    PDStructureElement head = pdf.tags().element("THead", table);
    row(headers, pdf.tags().element("TR", head), "TH");
    if (!rows.isEmpty()) {
      PDStructureElement body = pdf.tags().element("TBody", table);
      for (List<String> cells : rows) {
        row(cells, pdf.tags().element("TR", body), "TD");
      }
    }
    if (!footer.isEmpty()) {
      PDStructureElement foot = pdf.tags().element("TFoot", table);
      row(footer, pdf.tags().element("TR", foot), "TD");
    }
    pdf.down(TaggedPdf.pad() * 2);
  }

  /** A row (an artifact when {@code tr} is null), on a new page when it does not fit. */
  private void row(List<String> cells, PDStructureElement tr, String type) {
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      lines.add(
          pdf.wrap().lines(List.of(cells.get(i)), size, widths[i] - 2 * TaggedPdf.pad()).stream()
              .map(line -> String.join("", line.stream().map(PdfWrap.Piece::text).toList()))
              .toList());
    }
    int height = lines.stream().mapToInt(List::size).max().orElse(1);
    float rowHeight = Math.max(height, 1) * size * TaggedPdf.leading() + 2 * TaggedPdf.pad();
    if (!pdf.fits(rowHeight)) {
      pdf.newPage();
      if (tr != null && !"TH".equals(type)) {
        row(headers, null, "TH");
      }
    }
    float top = pdf.y();
    float x = pdf.left();
    for (int i = 0; i < cells.size(); i++) {
      PDStructureElement cell = tr == null ? null : pdf.tags().element(type, tr);
      if (cell != null && "TH".equals(type)) {
        cell.addAttribute(TaggedPdf.columnScope());
      }
      List<String> text = lines.get(i);
      if (!text.isEmpty()) {
        float left = x + TaggedPdf.pad();
        pdf.tagged(
            cell,
            () -> {
              float baseline = top - TaggedPdf.pad();
              for (String line : text) {
                baseline -= size * TaggedPdf.leading();
                pdf.show(line, left, baseline + size * 0.3f, size, false);
              }
            });
      }
      x += widths[i];
    }
    pdf.down(rowHeight);
    float right = pdf.left() + pdf.textWidth();
    pdf.artifactLine(pdf.left(), pdf.y(), right, pdf.y(), "TH".equals(type) ? 1f : 0.3f);
  }

  /** Column widths: what each column's longest text asks, shared out when the page is narrower. */
  private float[] widths() {
    int count = columns;
    float available = pdf.textWidth();
    float[] natural = new float[count];
    float[] least = new float[count];
    List<List<String>> all = new ArrayList<>(rows);
    all.add(headers);
    all.add(footer);
    for (List<String> cells : all) {
      for (int i = 0; i < cells.size() && i < count; i++) {
        String text = cells.get(i);
        natural[i] = Math.max(natural[i], pdf.wrap().width(text, size) + 2 * TaggedPdf.pad());
        for (String word : text.split(" ")) {
          least[i] = Math.max(least[i], pdf.wrap().width(word, size) + 2 * TaggedPdf.pad());
        }
      }
    }
    float sumNatural = 0;
    float sumLeast = 0;
    for (int i = 0; i < count; i++) {
      least[i] = Math.min(least[i], available / count);
      sumNatural += natural[i];
      sumLeast += least[i];
    }
    float[] widths = new float[count];
    for (int i = 0; i < count; i++) {
      widths[i] =
          sumNatural <= available
              ? natural[i] + (available - sumNatural) / count
              : least[i]
                  + (available - sumLeast) * (natural[i] - least[i]) / (sumNatural - sumLeast);
    }
    return widths;
  }
}
