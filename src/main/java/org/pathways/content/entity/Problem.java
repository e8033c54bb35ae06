package org.pathways.content.entity;

/**
 * One thing wrong in a course package, where it is (1-based line and column; 0 when the whole file
 * is meant) and what to do, in plain words.
 */
public record Problem(String file, int line, int column, String message) {

  public static Problem inFile(String file, String message) {
    return new Problem(file, 0, 0, message);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
