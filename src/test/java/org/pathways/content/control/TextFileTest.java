package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.content.entity.Problem;
import org.pathways.platform.entity.Message;

class TextFileTest {

  @TempDir Path folder;

  @Test
  void aFileOverTheLimitIsAProblemThatSaysItsSizeAndTheLimit() throws IOException {
    Path file = Files.write(folder.resolve("big.png"), new byte[3 * 1024 * 1024 / 2]);
    List<Problem> problems = new ArrayList<>();

    boolean tooLarge =
        TextFile.tooLarge(
            file,
            1024 * 1024,
            "c/assets/big.png",
            Message.of("content.problem.asset.limit"),
            problems);

    assertThat(tooLarge).isTrue();
    assertThat(problems)
        .singleElement()
        .extracting(ProblemText::english)
        .isEqualTo("c/assets/big.png:0:0: the file is 1.5 MB; an asset may be at most 10 MB");
  }

  @Test
  void aFileAtTheLimitIsNoProblem() throws IOException {
    Path file = Files.write(folder.resolve("ok.png"), new byte[1024]);
    List<Problem> problems = new ArrayList<>();

    assertThat(
            TextFile.tooLarge(
                file, 1024, "c/assets/ok.png", Message.of("content.problem.asset.limit"), problems))
        .isFalse();
    assertThat(problems).isEmpty();
  }
}
