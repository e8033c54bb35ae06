package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.PuzzleProgram;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;

class PuzzleProgramsTest {

  private static PuzzleProgram tree(Object tree) {
    return PuzzlePrograms.fromTree(tree).program().orElseThrow();
  }

  private static List<String> problems(PuzzlePrograms.Parsed parsed) {
    return parsed.problems().stream().map(Texts::english).toList();
  }

  @Test
  void theApiTreeAndThePageTextReadAsTheSameProgram() {
    PuzzleProgram fromTree =
        tree(
            List.of(
                "move",
                Map.of("repeat", new BigDecimal("3"), "do", List.of("turn-left", "move")),
                Map.of("if", "path-ahead", "do", List.of("move"), "else", List.of("turn-right"))));
    PuzzleProgram fromText =
        PuzzlePrograms.fromText(
                "move\nrepeat 3 times\n  Turn left\n  move\n\n# a comment\nif path ahead\n"
                    + "  move\nelse\n  turn_right\n")
            .program()
            .orElseThrow();

    assertThat(fromText).isEqualTo(fromTree);
    assertThat(fromTree.blocks()).isEqualTo(7);
    assertThat(fromTree.depth()).isEqualTo(2);
  }

  @Test
  void aProgramWrittenWithTheSpanishPagesNamesReadsAsTheEnglishOne() {
    PuzzleProgram english =
        PuzzlePrograms.fromText(
                "move\nrepeat 3 times\n  turn-left\nif path-ahead\n  move\nelse\n  turn-right")
            .program()
            .orElseThrow();
    PuzzleProgram spanish =
        PuzzlePrograms.fromText(
                "Avanzar\nRepetir 3 veces\n  Girar a la izquierda\nSi hay camino adelante\n"
                    + "  avanzar\nSi no\n  Girar a la derecha")
            .program()
            .orElseThrow();

    assertThat(spanish).isEqualTo(english);
    assertThat(problems(PuzzlePrograms.fromText("Si no\n  avanzar")))
        .as("a lone Si no is an else without its if")
        .hasSize(1);
  }

  @Test
  void aProgramWrittenOutReadsBackTheSame() {
    PuzzleProgram program =
        PuzzlePrograms.fromText("repeat 2\n  if path-left\n    turn-left\n  move\nturn-right")
            .program()
            .orElseThrow();

    assertThat(tree(program.tree())).isEqualTo(program);
    assertThat(PuzzlePrograms.fromText(program.text()).program()).contains(program);
  }

  @Test
  void everyMistakeIsNamedWithItsPlace() {
    PuzzlePrograms.Parsed parsed =
        PuzzlePrograms.fromTree(
            List.of(
                "jump",
                Map.of("repeat", 0, "do", List.of("move")),
                Map.of("if", "flower-here", "do", List.of("move")),
                Map.of("repeat", 2, "do", List.of()),
                Map.of("while", "path-ahead", "do", List.of("move")),
                7));

    assertThat(problems(parsed))
        .containsExactly(
            "At command 1, \"jump\" is not a command. The commands are move, turn-left,"
                + " turn-right, repeat and if.",
            "At command 2, repeat needs a number of times from 1 to 20.",
            "At command 3, \"flower-here\" is not a condition. The conditions are path-ahead,"
                + " path-left and path-right.",
            "At command 4, the block has no commands inside it. Indent the commands it should do"
                + " under it.",
            Texts.english(
                Message.of(
                    "puzzle.program.block_shape", Message.of("puzzle.program.command", "5"))),
            Texts.english(
                Message.of(
                    "puzzle.program.block_shape", Message.of("puzzle.program.command", "6"))));
    assertThat(parsed.program()).isEmpty();
  }

  @Test
  void notAListIsRefused() {
    assertThat(PuzzlePrograms.fromTree(Map.of("move", 1)).problems())
        .extracting(Message::key)
        .containsExactly("puzzle.program.not_list");
    assertThat(PuzzlePrograms.fromTree(null).problems())
        .extracting(Message::key)
        .containsExactly("puzzle.program.not_list");
  }

  @Test
  void aHugeProgramIsRefusedWithoutReadingItAll() {
    List<Object> many = java.util.Collections.nCopies(100_000, "move");

    assertThat(PuzzlePrograms.fromTree(many).problems())
        .extracting(Message::key)
        .containsExactly("puzzle.program.too_long");
  }

  @Test
  void deeplyNestedTreesAreRefusedNotOverflowed() {
    Object tree = List.of("move");
    for (int i = 0; i < 5000; i++) {
      tree = List.of(Map.of("repeat", 2, "do", tree));
    }

    assertThat(PuzzlePrograms.fromTree(tree).problems())
        .extracting(Message::key)
        .contains("puzzle.program.nested_too_deep");
  }

  @Test
  void textMistakesNameTheirLine() {
    assertThat(problems(PuzzlePrograms.fromText("move\n   move\nelse\n  move\nrepeat\nfly")))
        .containsExactly(
            "At line 2, the line is indented, but the line above does not start a block (repeat"
                + " or if).",
            "At line 3, \"else\" must come right after the commands of an \"if\", at the same"
                + " indentation as the \"if\".",
            "At line 5, repeat needs a number of times from 1 to 20.",
            "At line 5, the block has no commands inside it. Indent the commands it should do"
                + " under it.",
            "At line 6, \"fly\" is not a command. The commands are move, turn-left, turn-right,"
                + " repeat and if.");
  }

  @Test
  void emptyOrOversizedTextIsRefused() {
    assertThat(PuzzlePrograms.fromText("  \n# only a comment\n").problems())
        .extracting(Message::key)
        .containsExactly("puzzle.program.empty");
    assertThat(PuzzlePrograms.fromText("move\n".repeat(2000)).problems())
        .extracting(Message::key)
        .containsExactly("puzzle.program.text_too_long");
  }
}
