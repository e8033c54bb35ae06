package org.pathways.workshop.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pathways.content.entity.Program;
import org.pathways.platform.entity.Message;

/**
 * What a teacher must have done in a program's earlier phases before registering for a workshop of
 * a later one.
 *
 * <ul>
 *   <li>A phase with an online course: the course complete, or at least the workshop's own percent
 *       threshold when it sets one. Attending a workshop of that phase counts too (the elementary
 *       phase is online or in person).
 *   <li>A phase of workshops only: attended one, or registered for one that ends before this
 *       workshop starts (so a teacher can plan the whole year at once).
 * </ul>
 */
public final class Prerequisites {

  private Prerequisites() {}

  /** Where a teacher stands in one phase. */
  public record Standing(Integer coursePercent, boolean attended, List<Instant> registeredEnds) {
    public Standing {
      registeredEnds = List.copyOf(registeredEnds);
    }

    public static final Standing NOTHING = new Standing(null, false, List.of());
  }

  /** An earlier phase not yet done: with its course and how far the teacher is, if it has one. */
  public record Missing(
      int phase, String title, String course, Integer percentNeeded, int percentNow) {

    public boolean online() {
      return course != null;
    }
  }

  public static List<Missing> missing(
      Program program,
      int phase,
      Integer percentThreshold,
      Instant workshopStart,
      Map<Integer, Standing> standings) {
    int needed = percentThreshold == null ? 100 : percentThreshold;
    List<Missing> missing = new ArrayList<>();
    for (Program.Phase earlier : program.phases()) {
      if (earlier.number() >= phase) {
        continue;
      }
      Standing standing = standings.getOrDefault(earlier.number(), Standing.NOTHING);
      if (standing.attended()) {
        continue;
      }
      if (earlier.course() != null) {
        int now = standing.coursePercent() == null ? 0 : standing.coursePercent();
        if (now < needed) {
          missing.add(
              new Missing(earlier.number(), earlier.title(), earlier.course(), needed, now));
        }
      } else if (standing.registeredEnds().stream().noneMatch(end -> !end.isAfter(workshopStart))) {
        missing.add(new Missing(earlier.number(), earlier.title(), null, null, 0));
      }
    }
    return missing;
  }

  /** What a teacher must still do, as the sentence that refuses their registration. */
  public static Message describe(List<Missing> missing) {
    List<Message> parts = new ArrayList<>();
    for (Missing m : missing) {
      if (m.online()) {
        parts.add(
            m.percentNeeded() >= 100
                ? Message.of(
                    "workshop.refused.needsCourse",
                    String.valueOf(m.phase()),
                    m.title(),
                    String.valueOf(m.percentNow()))
                : Message.of(
                    "workshop.refused.needsPercent",
                    String.valueOf(m.percentNeeded()),
                    String.valueOf(m.phase()),
                    m.title(),
                    String.valueOf(m.percentNow())));
      } else {
        parts.add(
            Message.of("workshop.refused.needsWorkshop", String.valueOf(m.phase()), m.title()));
      }
    }
    Message all = parts.get(0);
    for (Message next : parts.subList(1, parts.size())) {
      all = Message.of("workshop.refused.needs.and", all, next);
    }
    return Message.of("workshop.refused.needs", all);
  }
}
