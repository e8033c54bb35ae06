package org.pathways.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that staff open in a spreadsheet (RFC 4180 with Apache Commons CSV, UTF-8, a header row): a
 * cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is neutralised with a leading apostrophe, so a teacher
 * named {@code =HYPERLINK(...)} stays a name. Numbers are written as numbers, never neutralised.
 */
public final class SpreadsheetCsv {

  /** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
  public static final String BOM = "\uFEFF";

  /** The media type of the answer, for JAX-RS and servlets. */
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  private SpreadsheetCsv() {}

  /** The whole file: the byte-order mark, the header, then the rows (null cells are empty). */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    StringBuilder out = new StringBuilder(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(header.stream().map(SpreadsheetCsv::cell).toList());
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One cell as written: text neutralised when a spreadsheet would take it for a formula. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
