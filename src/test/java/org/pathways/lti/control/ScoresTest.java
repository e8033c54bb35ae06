package org.pathways.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoresTest {

  private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

  @Test
  void aCompleteCourseScoresOneAndAnyOtherItsWholePercent() {
    assertThat(Scores.fraction(100, true)).isEqualTo(1.0);
    assertThat(Scores.fraction(40, true)).isEqualTo(1.0);
    assertThat(Scores.fraction(40, false)).isEqualTo(0.4);
    assertThat(Scores.fraction(0, false)).isEqualTo(0.0);
    // Only completion scores 1.0: a course not complete never shows as graded in full.
    assertThat(Scores.fraction(100, false)).isEqualTo(0.99);
  }

  @Test
  void aScoreIsAcknowledgedOnlyWhenTheLmsHoldsThatFraction() {
    assertThat(Scores.acknowledged(null, 0.0)).isFalse();
    assertThat(Scores.acknowledged(0.4, 0.4)).isTrue();
    assertThat(Scores.acknowledged(0.4, 0.41)).isFalse();
    assertThat(Scores.acknowledged(1.0, Scores.fraction(100, true))).isTrue();
  }

  @Test
  void aCompleteCourseIsSentCompletedAndFullyGraded() {
    assertThat(Scores.body("lms-7", 1.0, AT))
        .containsEntry("userId", "lms-7")
        .containsEntry("scoreGiven", 1.0)
        .containsEntry("scoreMaximum", 1)
        .containsEntry("activityProgress", "Completed")
        .containsEntry("gradingProgress", "FullyGraded")
        .containsEntry("timestamp", "2026-03-02T10:15:30Z");
  }

  @Test
  void aCourseInProgressIsSentInProgressAndPending() {
    assertThat(Scores.body("lms-7", 0.25, AT))
        .containsEntry("scoreGiven", 0.25)
        .containsEntry("activityProgress", "InProgress")
        .containsEntry("gradingProgress", "Pending");
  }

  @Test
  void scoresGoAfterTheLineItemsPathBeforeItsQuery() {
    assertThat(Scores.scoresUrl("https://lms.example/api/lti/courses/1/line_items/9"))
        .hasToString("https://lms.example/api/lti/courses/1/line_items/9/scores");
    assertThat(
            Scores.scoresUrl(
                "https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"))
        .hasToString(
            "https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3");
    assertThat(Scores.scoresUrl("http://127.0.0.1:8080/items/4/"))
        .hasToString("http://127.0.0.1:8080/items/4/scores");
  }

  @Test
  void failedSendsWaitTwiceAsLongEachTimeAtMostSixHours() {
    assertThat(Scores.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(Scores.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Scores.retryAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(Scores.retryAfter(9)).isEqualTo(Duration.ofMinutes(256));
    assertThat(Scores.retryAfter(10)).isEqualTo(Duration.ofHours(6));
    assertThat(Scores.retryAfter(1000)).isEqualTo(Duration.ofHours(6));
  }
}
