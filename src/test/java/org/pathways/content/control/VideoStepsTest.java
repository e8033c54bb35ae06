package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.content.entity.StepDetails;

/** A video is a clip of the package or an embed on a host the pages may frame, with captions. */
class VideoStepsTest {

  @TempDir Path root;
  PackageFixture fixture;

  @BeforeEach
  void writeValidPackage() {
    fixture = new PackageFixture(root);
    fixture.write(PackageFixture.COURSE + "/assets/clip.en.vtt", "WEBVTT\n");
    fixture.writeBytes(PackageFixture.COURSE + "/assets/clip.mp4", new byte[] {0, 0, 0, 24});
  }

  private List<String> problems() {
    return fixture.read().problems().stream().map(ProblemText::english).toList();
  }

  private void writeVideo(String url) {
    fixture.write(
        PackageFixture.COURSE + "/01-first/09-clip.md",
        "---\nkind: video\ntitle: A clip\nminutes: 4\nvideo:\n  url: "
            + url
            + "\n  captions: ../assets/clip.en.vtt\n---\nThe transcript.\n");
  }

  private StepDetails.Video video() {
    return fixture
        .course()
        .course()
        .orElseThrow()
        .step("clip")
        .orElseThrow()
        .details(StepDetails.Video.class);
  }

  @Test
  void aYoutubeNocookieEmbedPlaysInAFrameWithCaptionsOn() {
    writeVideo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");

    assertThat(problems()).isEmpty();
    assertThat(video().embedded()).isTrue();
    assertThat(video().host()).isEqualTo("www.youtube-nocookie.com");
    assertThat(video().frameUrl())
        .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?cc_load_policy=1&rel=0");
  }

  @Test
  void aVimeoPlayerEmbedIsAccepted() {
    writeVideo("https://player.vimeo.com/video/76979871");

    assertThat(problems()).isEmpty();
    assertThat(video().frameUrl()).isEqualTo("https://player.vimeo.com/video/76979871?dnt=1");
  }

  @Test
  void aClipOfThePackagePlaysFromTheSite() {
    writeVideo("../assets/clip.mp4");

    assertThat(problems()).isEmpty();
    assertThat(video().embedded()).isFalse();
    assertThat(video().url()).matches("/assets/sample-course/[0-9a-f]{12}/clip.mp4");
  }

  @Test
  void anyOtherHostIsRefusedBecauseThePagesMayNotFrameOrPlayFromIt() {
    for (String url :
        List.of(
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://media.example.org/clip.mp4",
            "https://www.youtube-nocookie.com.evil.example/embed/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"onload=x")) {
      writeVideo("'" + url + "'");
      assertThat(problems())
          .as(url)
          .singleElement()
          .asString()
          .contains("the video must be a clip in this package's assets/ folder");
    }
  }

  @Test
  void anAssetThatIsNotAClipIsRefused() {
    writeVideo("../assets/loop.svg");

    assertThat(problems())
        .singleElement()
        .asString()
        .contains("the video must be a clip in this package's assets/ folder");
  }
}
