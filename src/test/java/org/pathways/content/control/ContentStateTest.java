package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.content.entity.ContentState;
import org.pathways.content.entity.PackageStatus;

/** A package with errors never replaces its last good version. */
class ContentStateTest {

  private static final Instant FIRST = Instant.parse("2026-09-01T08:00:00Z");
  private static final Instant SECOND = Instant.parse("2026-09-02T08:00:00Z");

  @TempDir Path root;
  PackageFixture fixture;

  @BeforeEach
  void writeValidPackage() {
    fixture = new PackageFixture(root);
  }

  @Test
  void aBrokenPackageKeepsServingItsLastGoodVersionAndSaysWhy() {
    ContentState first = ContentState.EMPTY.next(fixture.read(), FIRST);
    String goodVersion = first.course(PackageFixture.COURSE).orElseThrow().version();

    fixture.write(PackageFixture.COURSE + "/01-first/01-reading.md", "no front matter\n");
    ContentState second = first.next(fixture.read(), SECOND);

    assertThat(second.course(PackageFixture.COURSE).orElseThrow().version()).isEqualTo(goodVersion);
    PackageStatus status = second.packages().get(PackageFixture.COURSE);
    assertThat(status.state()).isEqualTo(PackageStatus.State.KEPT_PREVIOUS);
    assertThat(status.servedVersion()).isEqualTo(goodVersion);
    assertThat(status.servedSince()).isEqualTo(FIRST);
    assertThat(status.readVersion()).isNotEqualTo(goodVersion);
    assertThat(status.problems()).hasSize(1);
  }

  @Test
  void aFreshStartWithABrokenPackageServesTheOthers() {
    fixture.write("broken-course/course.yaml", "title: [\n");

    ContentState state = ContentState.EMPTY.next(fixture.read(), FIRST);

    assertThat(state.courses()).containsOnlyKeys(PackageFixture.COURSE);
    assertThat(state.packages().get("broken-course").state())
        .isEqualTo(PackageStatus.State.NOT_SERVED);
  }

  @Test
  void aMendedPackageIsServedAgain() {
    ContentState first = ContentState.EMPTY.next(fixture.read(), FIRST);
    fixture.write(
        PackageFixture.COURSE + "/01-first/04-talk.md",
        "---\nkind: forum\ntitle: Talk about it\nminutes: 5\nspace: community\n---\nShare.\n");

    ContentState second = first.next(fixture.read(), SECOND);

    assertThat(
            second.course(PackageFixture.COURSE).orElseThrow().step("talk").orElseThrow().title())
        .isEqualTo("Talk about it");
    assertThat(second.packages().get(PackageFixture.COURSE).state())
        .isEqualTo(PackageStatus.State.LOADED);
    assertThat(second.packages().get(PackageFixture.COURSE).servedSince()).isEqualTo(SECOND);
  }

  @Test
  void aBrokenCatalogKeepsTheLastGoodProgramsAndCoursesStillCheckAgainstThem() {
    ContentState first = ContentState.EMPTY.next(fixture.read(), FIRST);
    fixture.write("programs.yaml", "programs: [\n");

    ContentState second =
        first.next(new ContentReader(root, "/assets/").read(first.lastGoodCatalog()), SECOND);

    assertThat(second.catalog().program("elementary")).isPresent();
    assertThat(second.packages().get(ContentState.CATALOG).state())
        .isEqualTo(PackageStatus.State.KEPT_PREVIOUS);
    assertThat(second.packages().get(PackageFixture.COURSE).state())
        .isEqualTo(PackageStatus.State.LOADED);
  }
}
