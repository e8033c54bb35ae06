package org.pathways.content.entity;

import org.pathways.platform.entity.Message;

/**
 * One thing wrong in a course package, where it is (1-based line and column; 0 when the whole file
 * is meant) and what to do, as a sentence of the bundle ({@code content.problem.*}) that the
 * boundary puts in words. An argument that is itself a {@link Message} is a part of the sentence
 * ("each question"), put in words first.
 */
public record Problem(String file, int line, int column, Message message) {

  public static Problem at(String file, int line, int column, String key, Object... arguments) {
    return new Problem(file, line, column, Message.of(key, arguments));
  }

  public static Problem inFile(String file, String key, Object... arguments) {
    return new Problem(file, 0, 0, Message.of(key, arguments));
  }

  /** Where it is, as {@code file:line:column}. */
  public String where() {
    return file + ":" + line + ":" + column;
  }

  @Override
  public String toString() {
    return where() + ": " + message;
  }
}
