package org.pathways.content.control;

import java.util.ArrayList;
import java.util.List;
import org.pathways.content.entity.Puzzle;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;

/**
 * What a translation of a step must keep from its original: everything but the words. Its kind,
 * minutes and whether it is required; a quiz's pass mark, its questions' keys and whether each
 * allows several answers, their choices' keys and which are correct; a reflection's minimum words
 * and default visibility; a puzzle's grid, start, commands, conditions, limit, starter and solution
 * (its hints are words); a video's clip, captions and length; a card's program, phase, space or
 * link. Each line names one of these, so two shapes compare line by line and the first line that
 * differs says what the translation changed.
 */
public final class TranslationShape {

  private TranslationShape() {}

  public static List<String> of(Step step) {
    List<String> lines = new ArrayList<>();
    lines.add("kind " + step.kind());
    lines.add("minutes " + step.minutes());
    lines.add("required " + step.required());
    StepDetails details = step.details();
    if (details instanceof StepDetails.Quiz quiz) {
      lines.add("passPercent " + quiz.passPercent());
      for (StepDetails.Question question : quiz.questions()) {
        lines.add("question " + question.key() + (question.multiple() ? " multiple" : ""));
        for (StepDetails.Choice choice : question.choices()) {
          lines.add(
              "choice "
                  + question.key()
                  + "/"
                  + choice.key()
                  + (choice.correct() ? " correct" : ""));
        }
      }
    } else if (details instanceof StepDetails.Reflection reflection) {
      lines.add("minWords " + reflection.minWords());
      lines.add("visibility " + reflection.defaultVisibility());
    } else if (details instanceof Puzzle puzzle) {
      lines.add("grid " + puzzle.grid());
      lines.add("facing " + puzzle.facing());
      lines.add("commands " + puzzle.commands());
      lines.add("conditions " + puzzle.conditions());
      lines.add("maxBlocks " + puzzle.maxBlocks());
      lines.add("hints " + puzzle.hints().size());
      lines.add("starter " + puzzle.starter());
      lines.add("solution " + puzzle.solution());
    } else if (details instanceof StepDetails.Video video) {
      lines.add("url " + video.url());
      lines.add("captions " + video.captionsUrl());
      lines.add("duration " + video.durationSeconds());
    } else if (details instanceof StepDetails.Workshop workshop) {
      lines.add("workshop " + workshop.program() + " " + workshop.phase());
    } else if (details instanceof StepDetails.Forum forum) {
      lines.add("space " + forum.space());
    } else if (details instanceof StepDetails.Resource resource) {
      lines.add("url " + resource.url());
    }
    return lines;
  }

  /** The first thing the translation changed, as "original line" and "translation's line". */
  public static java.util.Optional<List<String>> firstDifference(Step original, Step translation) {
    List<String> expected = of(original);
    List<String> actual = of(translation);
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "(nothing)";
      String a = i < actual.size() ? actual.get(i) : "(nothing)";
      if (!e.equals(a)) {
        return java.util.Optional.of(List.of(e, a));
      }
    }
    return java.util.Optional.empty();
  }
}
