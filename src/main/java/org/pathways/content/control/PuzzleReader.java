package org.pathways.content.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathways.content.entity.Puzzle;
import org.pathways.content.entity.PuzzleProgram;
import org.pathways.content.entity.PuzzleProgram.Condition;
import org.pathways.content.entity.PuzzleProgram.Kind;
import org.pathways.content.entity.PuzzleRun;
import org.pathways.content.entity.StepDetails;
import org.pathways.platform.entity.Message;

/**
 * Reads a puzzle step's {@code puzzle:} mapping and proves it fair: a well-formed grid with one
 * start and something to reach, commands that exist, and a solution that keeps the puzzle's own
 * limits and solves it when run (the same run that judges a teacher's program). A starting program
 * must keep the limits and must not already solve it.
 */
final class PuzzleReader {

  private static final List<String> KEYS =
      List.of(
          "grid", "facing", "commands", "conditions", "maxBlocks", "hints", "starter", "solution");
  private static final int MAX_SIDE = 12;

  /** What each program of a puzzle is called in a problem. */
  private static final java.util.Map<String, Message> PARTS =
      java.util.Map.of(
          "solution", Message.of("content.problem.puzzle.part.solution"),
          "starter", Message.of("content.problem.puzzle.part.starter"));

  private PuzzleReader() {}

  static Optional<StepDetails> read(YamlMap step) {
    if (!step.has("puzzle")) {
      step.requiredText("puzzle");
      return Optional.empty();
    }
    return step.nested("puzzle").flatMap(PuzzleReader::puzzle);
  }

  private static Optional<StepDetails> puzzle(YamlMap yaml) {
    yaml.allowOnly(KEYS);
    Optional<List<String>> grid = grid(yaml);
    Optional<Puzzle.Facing> facing =
        yaml.requiredText("facing")
            .flatMap(
                word -> {
                  Optional<Puzzle.Facing> found = Puzzle.Facing.of(word.strip());
                  if (found.isEmpty()) {
                    yaml.problem("facing", "content.problem.puzzle.facing", word);
                  }
                  return found;
                });
    Set<Kind> commands = words(yaml, "commands", true, Kind.class);
    Set<Condition> conditions = words(yaml, "conditions", false, Condition.class);
    if (!conditions.isEmpty() && !commands.contains(Kind.IF)) {
      yaml.problem("conditions", "content.problem.puzzle.no_if");
    }
    if (commands.contains(Kind.IF) && conditions.isEmpty()) {
      conditions = EnumSet.of(Condition.PATH_AHEAD);
    }
    Optional<Integer> maxBlocks = yaml.requiredInteger("maxBlocks", 1, 40);
    List<String> hints = texts(yaml, "hints");
    Optional<PuzzleProgram> solution = program(yaml, "solution", true);
    Optional<PuzzleProgram> starter = program(yaml, "starter", false);
    if (grid.isEmpty()
        || facing.isEmpty()
        || commands.isEmpty()
        || maxBlocks.isEmpty()
        || solution.isEmpty()
        || (yaml.has("starter") && starter.isEmpty())) {
      return Optional.empty();
    }
    Puzzle puzzle =
        new Puzzle(
            grid.get(),
            facing.get(),
            commands,
            conditions,
            maxBlocks.get(),
            hints,
            starter,
            solution.get());
    return fair(yaml, puzzle) ? Optional.of(puzzle) : Optional.empty();
  }

  private static boolean fair(YamlMap yaml, Puzzle puzzle) {
    boolean fair = keeps(yaml, "solution", puzzle, puzzle.solution());
    if (fair) {
      PuzzleRun run = puzzle.run(puzzle.solution());
      if (!run.solved()) {
        yaml.problem(
            "solution",
            "content.problem.puzzle.unsolved",
            Message.of("puzzle.stop." + run.stoppedBecause()),
            String.valueOf(run.steps().size()));
        fair = false;
      }
    }
    if (puzzle.starter().isPresent()) {
      PuzzleProgram starter = puzzle.starter().get();
      if (!keeps(yaml, "starter", puzzle, starter)) {
        fair = false;
      } else if (puzzle.run(starter).solved()) {
        yaml.problem("starter", "content.problem.puzzle.starter_solves");
        fair = false;
      }
    }
    return fair;
  }

  private static boolean keeps(YamlMap yaml, String key, Puzzle puzzle, PuzzleProgram program) {
    List<Message> refusals = puzzle.refusals(program);
    refusals.forEach(
        refusal ->
            yaml.problem(
                key, Message.of("content.problem.puzzle.refused", PARTS.get(key), refusal)));
    return refusals.isEmpty();
  }

  private static Optional<PuzzleProgram> program(YamlMap yaml, String key, boolean required) {
    Optional<Object> tree = yaml.plain(key);
    if (tree.isEmpty()) {
      if (required) {
        yaml.requiredText(key);
      }
      return Optional.empty();
    }
    PuzzlePrograms.Parsed parsed = PuzzlePrograms.fromTree(tree.get());
    parsed
        .problems()
        .forEach(
            problem ->
                yaml.problem(
                    key, Message.of("content.problem.puzzle.program", PARTS.get(key), problem)));
    return parsed.program();
  }

  private static Optional<List<String>> grid(YamlMap yaml) {
    List<String> rows = texts(yaml, "grid");
    if (!yaml.has("grid")) {
      yaml.requiredText("grid");
      return Optional.empty();
    }
    int width = rows.isEmpty() ? 0 : rows.get(0).length();
    if (rows.size() < 2
        || rows.size() > MAX_SIDE
        || width < 2
        || width > MAX_SIDE
        || rows.stream().anyMatch(row -> row.length() != width)) {
      yaml.problem("grid", "content.problem.puzzle.grid");
      return Optional.empty();
    }
    boolean valid = true;
    for (int i = 0; i < rows.size(); i++) {
      for (char square : rows.get(i).toCharArray()) {
        if ("#.SG*".indexOf(square) < 0) {
          yaml.problem(
              "grid", "content.problem.puzzle.grid_char", String.valueOf(i + 1), rows.get(i));
          valid = false;
          break;
        }
      }
    }
    long starts = count(rows, Puzzle.START);
    long goals = count(rows, Puzzle.GOAL);
    long flowers = count(rows, Puzzle.FLOWER);
    if (valid && starts != 1) {
      yaml.problem("grid", "content.problem.puzzle.start", String.valueOf(starts));
      valid = false;
    }
    if (valid && (goals > 1 || goals + flowers == 0)) {
      yaml.problem(
          "grid", "content.problem.puzzle.goal", String.valueOf(goals), String.valueOf(flowers));
      valid = false;
    }
    return valid ? Optional.of(rows) : Optional.empty();
  }

  private static long count(List<String> rows, char mark) {
    return rows.stream().flatMapToInt(String::chars).filter(c -> c == mark).count();
  }

  private static <E extends Enum<E>> Set<E> words(
      YamlMap yaml, String key, boolean required, Class<E> type) {
    Set<E> found = EnumSet.noneOf(type);
    if (!yaml.has(key)) {
      if (required) {
        yaml.requiredText(key);
      }
      return found;
    }
    for (String word : texts(yaml, key)) {
      String normal = PuzzlePrograms.normal(word);
      Optional<E> value =
          type == Kind.class
              ? Kind.of(normal).map(type::cast)
              : Condition.of(normal).map(type::cast);
      value.ifPresentOrElse(
          found::add,
          () ->
              yaml.problem(
                  key,
                  type == Kind.class
                      ? "content.problem.puzzle.command"
                      : "content.problem.puzzle.condition",
                  word));
    }
    return found;
  }

  /** A list of plain texts under the key (a single text counts as a list of one). */
  private static List<String> texts(YamlMap yaml, String key) {
    Optional<Object> value = yaml.plain(key);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    if (value.get() instanceof List<?> list) {
      list.forEach(item -> texts.add(String.valueOf(item).strip()));
    } else {
      texts.add(String.valueOf(value.get()).strip());
    }
    return texts;
  }
}
