package org.pathways.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathways.content.entity.PuzzleProgram;
import org.pathways.content.entity.PuzzleProgram.Command;
import org.pathways.content.entity.PuzzleProgram.Condition;
import org.pathways.platform.entity.Message;

/**
 * The step page's way of writing a program, for typing it without the blocks: one command a line;
 * {@code repeat 3} and {@code if path-ahead} start a block whose commands are the lines indented
 * under it; {@code else} at the indentation of its {@code if} starts the other branch. Blank lines
 * and lines starting with {@code #} are skipped.
 */
final class TextProgram {

  private record Line(int number, int indent, String text) {}

  private final PuzzlePrograms reader;
  private final List<Line> lines = new ArrayList<>();
  private int next;

  TextProgram(PuzzlePrograms reader, String text) {
    this.reader = reader;
    String[] raw = text.split("\r?\n|\r", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].replace("\t", "  ");
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      lines.add(new Line(i + 1, indent, stripped));
    }
  }

  List<Command> read() {
    if (lines.isEmpty()) {
      reader.problem(Message.of("puzzle.program.empty"));
      return List.of();
    }
    List<Command> program = block(lines.get(0).indent(), 0);
    return program;
  }

  /** The commands at this indentation, from the current line on. */
  private List<Command> block(int indent, int nesting) {
    List<Command> commands = new ArrayList<>();
    while (next < lines.size()) {
      Line line = lines.get(next);
      if (line.indent() < indent) {
        break;
      }
      Message where = Message.of("puzzle.program.line", String.valueOf(line.number()));
      next++;
      if (line.indent() > indent) {
        reader.problem(Message.of("puzzle.program.indent", where));
        skipDeeper(line.indent());
        continue;
      }
      if (!reader.countOne()) {
        return commands;
      }
      command(line, where, nesting).ifPresent(commands::add);
    }
    return commands;
  }

  private Optional<Command> command(Line line, Message where, int nesting) {
    String[] words = line.text().split("\\s+", 2);
    // "Si no" is one word of two ("else"), not "Si" with a condition.
    String first =
        PuzzlePrograms.normal(line.text()).equals("else")
            ? "else"
            : PuzzlePrograms.normal(words[0]);
    String rest = words.length > 1 ? words[1].strip() : "";
    switch (first) {
      case "repeat":
        {
          Optional<Integer> times =
              reader.times(rest.replaceFirst("(?i)\\s*(times?|veces|vez)$", ""), where);
          List<Command> body = inner(line, where, nesting);
          return times.isEmpty() || body.isEmpty()
              ? Optional.empty()
              : Optional.of(new PuzzleProgram.Repeat(times.get(), body));
        }
      case "if":
        {
          Optional<Condition> condition = reader.condition(rest, where);
          List<Command> then = inner(line, where, nesting);
          List<Command> otherwise = List.of();
          if (next < lines.size()
              && lines.get(next).indent() == line.indent()
              && PuzzlePrograms.normal(lines.get(next).text()).equals("else")) {
            Line elseLine = lines.get(next++);
            otherwise =
                inner(
                    elseLine,
                    Message.of("puzzle.program.line", String.valueOf(elseLine.number())),
                    nesting);
          }
          return condition.isEmpty() || then.isEmpty()
              ? Optional.empty()
              : Optional.of(new PuzzleProgram.If(condition.get(), then, otherwise));
        }
      case "else":
        reader.problem(Message.of("puzzle.program.else_alone", where));
        inner(line, where, nesting);
        return Optional.empty();
      default:
        return reader.action(line.text(), where);
    }
  }

  /** The indented lines under a block's first line. */
  private List<Command> inner(Line header, Message where, int nesting) {
    if (next >= lines.size() || lines.get(next).indent() <= header.indent()) {
      reader.problem(Message.of("puzzle.program.empty_block", where));
      return List.of();
    }
    if (nesting >= 10) {
      reader.problem(Message.of("puzzle.program.nested_too_deep", where));
      skipDeeper(header.indent() + 1);
      return List.of();
    }
    return block(lines.get(next).indent(), nesting + 1);
  }

  private void skipDeeper(int indent) {
    while (next < lines.size() && lines.get(next).indent() >= indent) {
      next++;
    }
  }
}
