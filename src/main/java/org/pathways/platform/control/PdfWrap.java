package org.pathways.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Breaks text into lines that fit a width: at spaces, and a word longer than the line is cut where
 * it must. Text is in parts (a sentence and a link inside it) that keep their own tag, so a line
 * holds pieces, each of one part.
 */
final class PdfWrap {

  /** A piece of a line: which part it comes from, and its text (with its trailing space). */
  record Piece(int part, String text) {}

  /** A word: its parts glued together (no space between them), and whether a space precedes it. */
  private record Word(List<Piece> pieces, boolean spaced) {}

  private final PDType0Font font;

  PdfWrap(PDType0Font font) {
    this.font = font;
  }

  float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  float width(List<Piece> line, float size) {
    return width(String.join("", line.stream().map(Piece::text).toList()).stripTrailing(), size);
  }

  /** The parts (already printable) as lines no wider than {@code max}. */
  List<List<Piece>> lines(List<String> parts, float size, float max) {
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> line = new ArrayList<>();
    for (Word word : words(parts)) {
      for (Word fitting : cut(word, size, max)) {
        List<Piece> candidate = new ArrayList<>(line);
        if (!line.isEmpty() && fitting.spaced()) {
          Piece last = candidate.remove(candidate.size() - 1);
          candidate.add(new Piece(last.part(), last.text() + " "));
        }
        candidate.addAll(fitting.pieces());
        if (line.isEmpty() || width(candidate, size) <= max) {
          line = candidate;
        } else {
          lines.add(merge(line));
          line = new ArrayList<>(fitting.pieces());
        }
      }
    }
    if (!line.isEmpty()) {
      lines.add(merge(line));
    }
    return lines;
  }

  private static List<Word> words(List<String> parts) {
    List<Word> words = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    boolean spaced = false;
    boolean pendingSpace = false;
    for (int part = 0; part < parts.size(); part++) {
      StringBuilder text = new StringBuilder();
      for (char c : parts.get(part).toCharArray()) {
        if (c == ' ') {
          if (!text.isEmpty()) {
            current.add(new Piece(part, text.toString()));
            text.setLength(0);
          }
          if (!current.isEmpty()) {
            words.add(new Word(current, spaced));
            current = new ArrayList<>();
          }
          pendingSpace = true;
        } else {
          if (text.isEmpty() && current.isEmpty()) {
            spaced = pendingSpace;
          }
          pendingSpace = false;
          text.append(c);
        }
      }
      if (!text.isEmpty()) {
        current.add(new Piece(part, text.toString()));
      }
    }
    if (!current.isEmpty()) {
      words.add(new Word(current, spaced));
    }
    return words;
  }

  /** A word wider than the line, in slices that fit (the first keeps the space before it). */
  private List<Word> cut(Word word, float size, float max) {
    if (width(word.pieces(), size) <= max) {
      return List.of(word);
    }
    List<Word> slices = new ArrayList<>();
    List<Piece> slice = new ArrayList<>();
    boolean spaced = word.spaced();
    for (Piece piece : word.pieces()) {
      for (int cp : piece.text().codePoints().toArray()) {
        List<Piece> candidate = new ArrayList<>(slice);
        candidate.add(new Piece(piece.part(), Character.toString(cp)));
        if (!slice.isEmpty() && width(candidate, size) > max) {
          slices.add(new Word(merge(slice), spaced));
          spaced = false;
          candidate = new ArrayList<>(List.of(new Piece(piece.part(), Character.toString(cp))));
        }
        slice = merge(candidate);
      }
    }
    slices.add(new Word(slice, spaced));
    return slices;
  }

  /** Neighbouring pieces of the same part as one. */
  private static List<Piece> merge(List<Piece> pieces) {
    List<Piece> merged = new ArrayList<>();
    for (Piece piece : pieces) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).part() == piece.part()) {
        merged.set(last, new Piece(piece.part(), merged.get(last).text() + piece.text()));
      } else {
        merged.add(piece);
      }
    }
    return merged;
  }
}
