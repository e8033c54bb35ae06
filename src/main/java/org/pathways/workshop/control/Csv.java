package org.pathways.workshop.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the shipped CSV data files (RFC 4180, a header line first) with Apache Commons CSV. Each
 * row has as many fields as the header names, empty where a line has fewer.
 */
public final class Csv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  private Csv() {}

  /** The rows after the header line; none when the file is missing. */
  public static List<String[]> rows(InputStream in) {
    List<String[]> rows = new ArrayList<>();
    if (in == null) {
      return rows;
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      int count = parser.getHeaderNames().size();
      for (CSVRecord record : parser) {
        String[] fields = new String[Math.max(count, record.size())];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = i < record.size() ? record.get(i) : "";
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
