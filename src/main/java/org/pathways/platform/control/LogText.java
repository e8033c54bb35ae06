package org.pathways.platform.control;

/** Text that came from a user, made safe to write into a log line: it cannot start a new line. */
public final class LogText {

  private LogText() {}

  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", "_");
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }
}
