package org.pathways.learning.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The order a quiz question's choices are shown in on the step page: shuffled per attempt, so that
 * passing on a retry takes knowing the answer rather than remembering its place. The order follows
 * from the enrolment, the step, the question and the number of attempts kept so far, so it stays
 * the same while the teacher works on one attempt (a reload, or a submit that is not graded) and
 * changes once an attempt is graded. Consecutive attempts never show the same order when a question
 * has two or more choices. Grading is by choice key, so the order changes nothing there; the API
 * keeps the authored order.
 */
public final class ChoiceOrder {

  /** Whose shuffle: one enrolment's question of one step. */
  public record Seed(UUID enrollment, String step, String question) {}

  private ChoiceOrder() {}

  /**
   * The choices in the order of this attempt ({@code attempt} counts the attempts kept before it,
   * from 0): every choice once, none added.
   */
  public static <T> List<T> of(List<T> choices, Seed seed, long attempt) {
    List<T> order = shuffled(choices, seed, 0);
    for (long n = 1; n <= attempt; n++) {
      List<T> next = shuffled(choices, seed, n);
      if (next.equals(order)) {
        // The shuffle happened to repeat the last attempt's order: a rotation never does.
        Collections.rotate(next, 1);
      }
      order = next;
    }
    return order;
  }

  /** A Fisher-Yates shuffle from a seed of its own; java.util.Random is specified, so stable. */
  private static <T> List<T> shuffled(List<T> choices, Seed seed, long attempt) {
    List<T> list = new ArrayList<>(choices);
    Random random = new Random(mix(seed, attempt));
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, random.nextInt(i + 1));
    }
    return list;
  }

  private static long mix(Seed seed, long attempt) {
    long h = seed.enrollment().getMostSignificantBits();
    h = h * 31 + seed.enrollment().getLeastSignificantBits();
    h = h * 31 + seed.step().hashCode();
    h = h * 31 + seed.question().hashCode();
    h = h * 31 + attempt;
    // SplitMix64's finaliser, so that neighbouring attempts get unrelated seeds.
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
