package org.pathways.workshop.control;

import java.util.ArrayList;
import java.util.List;

/** Reads one line of the shipped CSV data files (RFC 4180 quoting, no line breaks in values). */
public final class Csv {

  private Csv() {}

  public static String[] fields(String line, int count) {
    List<String> fields = new ArrayList<>(count);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    while (fields.size() < count) {
      fields.add("");
    }
    return fields.toArray(String[]::new);
  }
}
