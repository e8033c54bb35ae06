package org.pathways.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Printable;
import org.pathways.platform.boundary.Pages;

/**
 * learning/printable.xhtml?course=&amp;sheet=: one printable of a course (cards, grid sheets, a
 * poster), styled for paper. Public, like the package's assets: a teacher prints it for a class,
 * and a colleague can be sent the link.
 */
@Named
@RequestScoped
public class PrintablePage {

  @Inject ContentLibrary library;

  private String course;
  private String sheet;
  private Course found;
  private Printable printable;
  private String language;

  /** The view action: the course's printable of that name, else 404. */
  public void load() {
    found = course == null ? null : library.course(course).orElse(null);
    printable = found == null || sheet == null ? null : found.printables().get(sheet);
    if (printable == null) {
      Pages.sendError(404);
      return;
    }
    language = found.language();
    String reader = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    Printable translated =
        found.translation(reader).map(t -> t.printables().get(sheet)).orElse(null);
    if (translated != null) {
      printable = translated;
      language = reader;
    }
  }

  /** The language the printable is shown in: the reader's where it is translated. */
  public String getLanguage() {
    return language;
  }

  /** A grid's squares, row by row, with what each is called in the reader's language. */
  public List<List<Square>> squares(Printable.Grid grid) {
    return grid.rows().stream()
        .map(row -> row.chars().mapToObj(symbol -> Square.of((char) symbol)).toList())
        .toList();
  }

  /** The squares a grid's key explains: one of each symbol it uses. */
  public List<Square> key(Printable.Grid grid) {
    return grid.symbols().stream().map(Square::of).toList();
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getSheet() {
    return sheet;
  }

  public void setSheet(String sheet) {
    this.sheet = sheet;
  }

  public Course getFound() {
    return found;
  }

  public Printable getPrintable() {
    return printable;
  }

  /** A square of a grid: its style and its name. */
  public record Square(String css, String words) {

    static Square of(char symbol) {
      String css =
          switch (symbol) {
            case '#' -> "shaded";
            case 'S' -> "start";
            case 'G' -> "goal";
            case '*' -> "flower";
            default -> "empty";
          };
      return new Square(css, Pages.text("content.printable.square." + css));
    }

    /** Start, goal and flower squares show their name on paper too; the others only to readers. */
    public boolean named() {
      return !css.equals("shaded") && !css.equals("empty");
    }
  }
}
