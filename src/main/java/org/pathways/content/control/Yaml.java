package org.pathways.content.control;

import java.util.List;
import java.util.Optional;
import org.pathways.content.entity.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses YAML into a node tree that remembers where each value stands, so that every problem can
 * name its line and column. Malformed YAML, alias bombs and absurd nesting become problems.
 */
final class Yaml {

  private Yaml() {}

  /**
   * @param lineOffset lines of the file before the YAML text (front matter starts on line 2)
   */
  static Optional<Node> parse(String text, String file, int lineOffset, List<Problem> problems) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setMaxAliasesForCollections(20)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit((int) TextFile.MAX_BYTES * 2)
            .build();
    try {
      Optional<Node> node = new Compose(settings).composeString(text);
      if (node.isEmpty()) {
        problems.add(Problem.at(file, lineOffset + 1, 1, "content.problem.yaml.empty"));
      }
      return node;
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String what = e.getProblem() == null ? e.getContext() : e.getProblem();
      problems.add(
          Problem.at(
              file,
              mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset,
              mark == null ? 1 : mark.getColumn() + 1,
              "content.problem.yaml.invalid_at",
              what));
      return Optional.empty();
    } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
      problems.add(
          Problem.at(file, lineOffset + 1, 1, "content.problem.yaml.invalid", e.getMessage()));
      return Optional.empty();
    } catch (StackOverflowError e) {
      problems.add(Problem.at(file, lineOffset + 1, 1, "content.problem.yaml.too_deep"));
      return Optional.empty();
    }
  }
}
