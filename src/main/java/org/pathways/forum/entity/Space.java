package org.pathways.forum.entity;

import java.util.Set;
import java.util.UUID;
import org.pathways.platform.entity.Refusal;

/**
 * A forum space: its key ({@code community}, {@code course:<slug>}, {@code cohort:<id>}), what it
 * is, and who may read and moderate it.
 */
public record Space(
    String key,
    String title,
    String description,
    SpaceKind kind,
    String course,
    UUID cohort,
    boolean archived) {

  /** A space that takes new threads and posts. */
  public Space(
      String key, String title, String description, SpaceKind kind, String course, UUID cohort) {
    this(key, title, description, kind, course, cohort, false);
  }

  /**
   * Refuses a new thread, post or edit in an archived space (a closed cohort's): it stays readable
   * as it was (409).
   */
  public void requireWritable() {
    if (archived) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "forum.space.archived");
    }
  }

  public static final String COURSE_PREFIX = "course:";
  public static final String COHORT_PREFIX = "cohort:";

  public static String courseKey(String slug) {
    return COURSE_PREFIX + slug;
  }

  public static String cohortKey(UUID cohort) {
    return COHORT_PREFIX + cohort;
  }

  /**
   * Whether someone may read and write here: anyone signed in, except in a cohort space, which is
   * for its teachers and facilitators only.
   */
  public boolean open(boolean signedIn, Set<UUID> cohortsOfCaller) {
    if (!signedIn) {
      return false;
    }
    return kind != SpaceKind.COHORT || cohortsOfCaller.contains(cohort);
  }

  /**
   * Whether someone moderates here: the cohort's facilitators in a cohort space; content
   * administrators and administrators elsewhere.
   */
  public boolean moderatedBy(boolean contentAdministrator, Set<UUID> cohortsFacilitated) {
    return kind == SpaceKind.COHORT ? cohortsFacilitated.contains(cohort) : contentAdministrator;
  }
}
