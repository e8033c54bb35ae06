package org.pathways.reflection.control;

import java.util.EnumSet;
import java.util.Set;
import org.pathways.content.entity.Visibility;

/**
 * Who may read which submissions of a teacher's reflections. The author reads everything, drafts
 * included; a facilitator of the author's cohort reads what was shared with facilitators or the
 * cohort; another teacher of the same cohort reads what was shared with the cohort; nobody else
 * reads anything (not program managers, not administrators: reflections may name students).
 */
public record ReflectionAccess(boolean author, boolean facilitator, boolean cohortMember) {

  public static final ReflectionAccess NONE = new ReflectionAccess(false, false, false);

  /** The visibilities this reader may see. */
  public Set<Visibility> visible() {
    if (author) {
      return EnumSet.allOf(Visibility.class);
    }
    if (facilitator) {
      return EnumSet.of(Visibility.FACILITATORS, Visibility.COHORT);
    }
    if (cohortMember) {
      return EnumSet.of(Visibility.COHORT);
    }
    return EnumSet.noneOf(Visibility.class);
  }

  public boolean any() {
    return author || facilitator || cohortMember;
  }

  public boolean mayRead(Visibility visibility) {
    return visible().contains(visibility);
  }

  /** Only facilitators of the cohort give feedback, on what they may read. */
  public boolean mayGiveFeedback(Visibility visibility) {
    return facilitator && visible().contains(visibility);
  }
}
