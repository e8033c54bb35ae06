package org.pathways.content.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pathways.content.entity.ContentRead;
import org.pathways.content.entity.Problem;
import org.pathways.platform.control.Texts;

/**
 * The authors' command: checks the course packages before a commit, with the same validator the
 * platform uses, and prints every problem as {@code file:line:column: message}. Exit status 1 when
 * there is any problem. Run it as {@code mvn -q -Pcheck-content}.
 */
public final class ContentCheck {

  private ContentCheck() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "modules").toAbsolutePath().normalize();
    ContentRead result = new ContentReader(root, "/assets/").read(Optional.empty());
    List<Problem> problems = result.problems();
    problems.forEach(problem -> System.out.println(ProblemText.english(problem)));
    long courses = result.courses().values().stream().filter(course -> course.ok()).count();
    System.out.println(
        Texts.english(
            "content.check.summary",
            root.toString(),
            String.valueOf(result.courses().size()),
            String.valueOf(problems.size())));
    if (courses < result.courses().size() || !problems.isEmpty()) {
      System.exit(1);
    }
  }
}
