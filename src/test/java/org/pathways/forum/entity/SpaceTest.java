package org.pathways.forum.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpaceTest {

  static final UUID COHORT = UUID.randomUUID();
  static final Space COMMUNITY =
      new Space("community", "Lounge", "", SpaceKind.COMMUNITY, null, null);
  static final Space PRIVATE =
      new Space(Space.cohortKey(COHORT), "Cohort", "", SpaceKind.COHORT, "ms", COHORT);

  @Test
  void communityAndCourseSpacesAreOpenToEverySignedInTeacher() {
    assertThat(COMMUNITY.open(true, Set.of())).isTrue();
    assertThat(COMMUNITY.open(false, Set.of())).isFalse();
  }

  @Test
  void aCohortSpaceIsOnlyForItsMembers() {
    assertThat(PRIVATE.open(true, Set.of(COHORT))).isTrue();
    assertThat(PRIVATE.open(true, Set.of(UUID.randomUUID()))).isFalse();
    assertThat(PRIVATE.open(false, Set.of(COHORT))).isFalse();
  }

  @Test
  void facilitatorsModerateTheirCohortAndContentAdministratorsTheRest() {
    assertThat(PRIVATE.moderatedBy(false, Set.of(COHORT))).isTrue();
    assertThat(PRIVATE.moderatedBy(true, Set.of()))
        .as("content admins do not moderate cohorts")
        .isFalse();
    assertThat(COMMUNITY.moderatedBy(true, Set.of())).isTrue();
    assertThat(COMMUNITY.moderatedBy(false, Set.of(COHORT))).isFalse();
  }

  @Test
  void anArchivedSpaceStaysReadableToItsMembersButTakesNoNewPosts() {
    Space archived =
        new Space(Space.cohortKey(COHORT), "Cohort", "", SpaceKind.COHORT, "ms", COHORT, true);

    PRIVATE.requireWritable();
    COMMUNITY.requireWritable();
    assertThat(archived.open(true, Set.of(COHORT))).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(archived::requireWritable)
        .isInstanceOfSatisfying(
            org.pathways.platform.entity.Refusal.class,
            r ->
                assertThat(r.kind()).isEqualTo(org.pathways.platform.entity.Refusal.Kind.CONFLICT));
  }
}
