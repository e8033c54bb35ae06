package org.pathways.content.entity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A print-ready page of a course package ({@code printables/<name>.md}): the cards, grid sheets,
 * role cards, posters and answer keys a teacher prints to run the activities the steps describe.
 * Its body is read once into parts: sanitized HTML, and the two layouts the page draws itself
 * (cut-out cards and grid pictures), which it labels in the reader's language.
 */
public record Printable(String name, String title, String summary, List<Part> parts, String url) {

  public Printable {
    parts = List.copyOf(parts);
  }

  /** One part of the body, in the order of the file. */
  public sealed interface Part permits Html, Cards, Grid {
    /** {@code html}, {@code cards} or {@code grid}: what the page draws. */
    String kind();
  }

  /** Markdown rendered to sanitized HTML. */
  public record Html(String html) implements Part {
    @Override
    public String kind() {
      return "html";
    }
  }

  /** A set of cut-out cards. */
  public record Cards(List<Card> cards) implements Part {
    public Cards {
      cards = List.copyOf(cards);
    }

    @Override
    public String kind() {
      return "cards";
    }
  }

  /** A card: its face (a symbol or a few words, printed large) and an optional line of text. */
  public record Card(String face, String text) {}

  /**
   * A grid picture: rows of the symbols puzzle grids use ({@code .} empty, {@code #} shaded, {@code
   * S} start, {@code G} goal, {@code *} flower), all of one length.
   */
  public record Grid(String caption, List<String> rows) implements Part {
    public static final String SYMBOLS = ".#SG*";

    public Grid {
      rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
      return "grid";
    }

    public int columns() {
      return rows.get(0).length();
    }

    /** The symbols this grid uses, in the order of {@link #SYMBOLS}, for its key. */
    public List<Character> symbols() {
      Set<Character> used = new TreeSet<>((a, b) -> SYMBOLS.indexOf(a) - SYMBOLS.indexOf(b));
      rows.forEach(row -> row.chars().forEach(c -> used.add((char) c)));
      return List.copyOf(used);
    }
  }
}
