package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.content.entity.Printable;

/** A package's printables: read into print layouts, linked from steps, and checked like steps. */
class PrintablesTest {

  @TempDir Path root;
  PackageFixture fixture;

  @BeforeEach
  void writeValidPackage() {
    fixture = new PackageFixture(root);
  }

  private List<String> problems() {
    return fixture.read().problems().stream().map(ProblemText::english).toList();
  }

  private void writeSheet(String name, String body) {
    fixture.write(
        PackageFixture.COURSE + "/printables/" + name + ".md",
        "---\ntitle: Move cards\nsummary: Cards for the dance loop.\n---\n" + body);
  }

  private Printable sheet(String name) {
    return fixture.course().course().orElseThrow().printables().get(name);
  }

  @Test
  void cardsAndGridsAreReadIntoLayoutsBetweenTheMarkdown() {
    writeSheet(
        "move-cards",
        """
        Print one set per pair. See the [loop](../assets/loop.svg).

        ```cards
        ↑
        Move up
        one square
        ---
        F
        ```

        ## Pictures

        ```grid Picture A: a smiley face
        #..#
        ....
        #..#
        .##.
        ```

        Answer: → F.
        """);

    assertThat(problems()).isEmpty();
    Printable sheet = sheet("move-cards");
    assertThat(sheet.title()).isEqualTo("Move cards");
    assertThat(sheet.url())
        .isEqualTo("/learning/printable.xhtml?course=sample-course&sheet=move-cards");
    assertThat(sheet.parts())
        .extracting(Printable.Part::kind)
        .containsExactly("html", "cards", "html", "grid", "html");
    assertThat(((Printable.Html) sheet.parts().get(0)).html())
        .containsPattern("href=\"/assets/sample-course/[0-9a-f]{12}/loop.svg\"");
    assertThat(((Printable.Cards) sheet.parts().get(1)).cards())
        .containsExactly(
            new Printable.Card("↑", "Move up one square"), new Printable.Card("F", ""));
    Printable.Grid grid = (Printable.Grid) sheet.parts().get(3);
    assertThat(grid.caption()).isEqualTo("Picture A: a smiley face");
    assertThat(grid.rows()).containsExactly("#..#", "....", "#..#", ".##.");
    assertThat(grid.symbols()).containsExactly('.', '#');
  }

  @Test
  void aStepLinksAPrintableAsAPackageFileAndGetsItsPage() {
    writeSheet("move-cards", "Print these.\n");
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\nminutes: 5\n---\n[Print the cards](../printables/move-cards.md).\n");

    assertThat(problems()).isEmpty();
    assertThat(fixture.course().course().orElseThrow().step("reading").orElseThrow().html())
        .contains(
            "href=\"/learning/printable.xhtml?course&#61;sample-course&amp;sheet&#61;move-cards\"");
  }

  @Test
  void aLinkToAPrintableThatDoesNotExistIsReportedAtTheLink() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\nminutes: 5\n---\n[Print](../printables/nothing.md).\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith(
            "sample-course/01-first/01-reading.md:6:1: the link ../printables/nothing.md does not lead to a file");
  }

  @Test
  void aGridWithUnevenRowsOrUnknownSymbolsOrNoCaptionIsReportedAtItsBlock() {
    writeSheet(
        "grids", "```grid Uneven\n#..\n..\n```\n\n```grid Letters\nab\n```\n\n```grid\n..\n```\n");

    assertThat(problems())
        .hasSize(3)
        .allSatisfy(
            problem ->
                assertThat(problem)
                    .startsWith("sample-course/printables/grids.md:")
                    .contains("a grid block starts ```grid followed by its caption"));
    assertThat(problems().get(0)).startsWith("sample-course/printables/grids.md:5:1:");
  }

  @Test
  void aCardWithAFaceTooLongOrAnEmptyCardIsReported() {
    writeSheet("long", "```cards\n" + "x".repeat(41) + "\n```\n\n```cards\nA\n---\n\n```\n");

    assertThat(problems())
        .hasSize(2)
        .allSatisfy(problem -> assertThat(problem).contains("a cards block holds 1 to 60 cards"));
  }

  @Test
  void aPrintableNeedsATitleASummaryAndABody() {
    fixture.write(PackageFixture.COURSE + "/printables/bare.md", "---\ntitle: Bare\n---\n");

    assertThat(problems())
        .containsExactlyInAnyOrder(
            "sample-course/printables/bare.md:2:1: missing \"summary\"",
            "sample-course/printables/bare.md:2:1: a printable needs its page as Markdown after the front matter");
  }

  @Test
  void aFileThatIsNotASluggedMarkdownFileIsReported() {
    fixture.write(PackageFixture.COURSE + "/printables/Move Cards.md", "---\ntitle: x\n---\n");
    fixture.write(PackageFixture.COURSE + "/printables/cards.txt", "cards");

    assertThat(problems())
        .hasSize(2)
        .allSatisfy(problem -> assertThat(problem).contains("a printables/ folder holds Markdown"));
  }

  @Test
  void ordinaryCodeFencesStayCode() {
    writeSheet("code", "```\nrepeat 4\n```\n");

    assertThat(problems()).isEmpty();
    assertThat(sheet("code").parts())
        .singleElement()
        .extracting(Printable.Part::kind)
        .isEqualTo("html");
  }
}
