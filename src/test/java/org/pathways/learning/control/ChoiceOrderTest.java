package org.pathways.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.learning.control.ChoiceOrder.Seed;

class ChoiceOrderTest {

  private static final List<String> FOUR = List.of("a", "b", "c", "d");
  private static final Seed SEED =
      new Seed(UUID.fromString("6f1c1e0a-3b7e-4a53-9d52-1b2f3c4d5e6f"), "check-unplugged", "q1");

  @Test
  void theSameEnrolmentStepQuestionAndAttemptGiveTheSameOrder() {
    for (long attempt = 0; attempt < 20; attempt++) {
      assertThat(ChoiceOrder.of(FOUR, SEED, attempt))
          .isEqualTo(
              ChoiceOrder.of(FOUR, new Seed(SEED.enrollment(), "check-unplugged", "q1"), attempt));
    }
  }

  @Test
  void everyChoiceIsShownOnceInEveryAttempt() {
    for (long attempt = 0; attempt < 50; attempt++) {
      assertThat(ChoiceOrder.of(FOUR, SEED, attempt)).containsExactlyInAnyOrderElementsOf(FOUR);
    }
    assertThat(ChoiceOrder.of(List.of("only"), SEED, 3)).containsExactly("only");
    assertThat(ChoiceOrder.of(List.<String>of(), SEED, 3)).isEmpty();
  }

  @Test
  void theNextAttemptNeverShowsTheSameOrderAsTheLastOne() {
    for (int teacher = 0; teacher < 200; teacher++) {
      Seed seed = new Seed(UUID.randomUUID(), "check-debugging", "q" + teacher % 5);
      for (List<String> choices : List.of(List.of("a", "b", "c"), FOUR, List.of("yes", "no"))) {
        for (long attempt = 1; attempt < 12; attempt++) {
          assertThat(ChoiceOrder.of(choices, seed, attempt))
              .as("attempt %d of %s", attempt, seed)
              .isNotEqualTo(ChoiceOrder.of(choices, seed, attempt - 1));
        }
      }
    }
  }

  @Test
  void everyChoiceComesFirstForSomeTeachers() {
    Set<String> first = new HashSet<>();
    Set<List<String>> orders = new HashSet<>();
    for (int teacher = 0; teacher < 200; teacher++) {
      List<String> order =
          ChoiceOrder.of(FOUR, new Seed(UUID.randomUUID(), "check-unplugged", "q1"), 0);
      first.add(order.get(0));
      orders.add(order);
    }
    assertThat(first).containsExactlyInAnyOrderElementsOf(FOUR);
    assertThat(orders).as("most of the 24 orders of four choices occur").hasSizeGreaterThan(18);
  }

  @Test
  void questionsOfOneQuizAreShuffledEachInTheirOwnWay() {
    Set<List<String>> orders = new HashSet<>();
    for (String question : List.of("q1", "q2", "q3", "q4", "q5", "q6")) {
      orders.add(ChoiceOrder.of(FOUR, new Seed(SEED.enrollment(), SEED.step(), question), 0));
    }
    assertThat(orders).hasSizeGreaterThan(1);
  }
}
