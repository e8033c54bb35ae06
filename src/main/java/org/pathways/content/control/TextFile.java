package org.pathways.content.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pathways.content.entity.Problem;
import org.pathways.platform.entity.Message;

/**
 * Reads a text file of a package (YAML or Markdown) safely: a file that is too large, binary or not
 * UTF-8 becomes a plain-words problem, never an exception.
 */
final class TextFile {

  static final long MAX_BYTES = 1024 * 1024;

  private TextFile() {}

  static Optional<String> read(Path file, String name, List<Problem> problems) {
    try {
      if (tooLarge(
          file, MAX_BYTES, name, Message.of("content.problem.file.text_limit"), problems)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          int[] where = position(bytes, i);
          problems.add(Problem.at(name, where[0], where[1], "content.problem.file.binary"));
          return Optional.empty();
        }
      }
      return decode(bytes, name, problems);
    } catch (IOException e) {
      problems.add(Problem.inFile(name, "content.problem.file.unreadable", e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Whether the file is larger than {@code max}, then also a problem: "the file is 2.5 MB;" and the
   * limit, a sentence of the bundle.
   */
  static boolean tooLarge(Path file, long max, String name, Message limit, List<Problem> problems)
      throws IOException {
    long size = Files.size(file);
    if (size <= max) {
      return false;
    }
    problems.add(Problem.inFile(name, "content.problem.file.too_large", megabytes(size), limit));
    return true;
  }

  private static Optional<String> decode(byte[] bytes, String name, List<Problem> problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // On an error the input stands at the first byte of the malformed sequence.
      int[] where = position(bytes, in.position());
      problems.add(Problem.at(name, where[0], where[1], "content.problem.file.not_utf8"));
      return Optional.empty();
    }
    String text = out.flip().toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** 1-based line and column of byte {@code offset}. */
  private static int[] position(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** Megabytes with one decimal, as in "1.5" (the sentence says "MB"). */
  static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
