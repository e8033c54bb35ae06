package org.pathways.workshop.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.content.entity.Program;
import org.pathways.workshop.entity.RegistrationStatus;

/**
 * Where a teacher stands in each phase of a program: the standing that later phases' prerequisites
 * read, and the state the journey shows. Both the journey and registration read it from here.
 *
 * <ul>
 *   <li>Completed: the phase's online course is complete, or the teacher attended a workshop of it
 *       that is over or whose every session they attended.
 *   <li>Registered (in progress once they attended a session) or on the waitlist of a workshop of
 *       the phase that is not over; in progress while enrolled in its online course.
 *   <li>Otherwise open, or not yet open while earlier phases are missing. A registration for an
 *       earlier workshop phase counts whenever it ends: each workshop checks its own dates.
 * </ul>
 */
public final class PhaseStanding {

  private PhaseStanding() {}

  /** Where a teacher stands in a phase. */
  public enum State {
    COMPLETED,
    IN_PROGRESS,
    REGISTERED,
    WAITLISTED,
    OPEN,
    NOT_YET_OPEN
  }

  /** A workshop the teacher has a place on (in any status), as far as the rule needs it. */
  public record Held(
      String program,
      int phase,
      RegistrationStatus status,
      Instant lastEnd,
      int sessions,
      int attended) {

    boolean of(String program, int phase) {
      return this.program.equals(program) && this.phase == phase;
    }

    boolean over(Instant now) {
      return !now.isBefore(lastEnd);
    }
  }

  /** The phase's online course as the teacher has it: not enrolled, or enrolled and how far. */
  public record Course(boolean enrolled, boolean completed) {
    public static final Course NOT_ENROLLED = new Course(false, false);
  }

  /** A phase's state, with the earlier phases still missing when it is not yet open. */
  public record Phase(State state, List<Prerequisites.Missing> missing) {
    public Phase {
      missing = List.copyOf(missing);
    }
  }

  /** A start far enough ahead that every registered earlier workshop has ended by then. */
  static final Instant OPEN_HORIZON = Instant.parse("9999-12-31T00:00:00Z");

  /**
   * The standing in each phase of the program, for the prerequisites of later phases.
   *
   * @param coursePercents the teacher's percent in a phase's online course, by phase number, for
   *     the courses they are enrolled in
   * @param held every workshop the teacher has a place on, of any program
   */
  public static Map<Integer, Prerequisites.Standing> standings(
      Program program, Map<Integer, Integer> coursePercents, Collection<Held> held) {
    Map<Integer, Prerequisites.Standing> standings = new HashMap<>();
    for (Program.Phase phase : program.phases()) {
      boolean attended = false;
      List<Instant> ends = new ArrayList<>();
      for (Held h : held) {
        if (h.of(program.slug(), phase.number())) {
          attended |= h.attended() > 0;
          if (h.status() == RegistrationStatus.REGISTERED) {
            ends.add(h.lastEnd());
          }
        }
      }
      standings.put(
          phase.number(),
          new Prerequisites.Standing(coursePercents.get(phase.number()), attended, ends));
    }
    return standings;
  }

  /**
   * The state of one phase of the program at this instant.
   *
   * @param course the phase's online course as the teacher has it, or null when it has none
   * @param held every workshop the teacher has a place on, of any program
   * @param standings the standings of {@link #standings}, for the prerequisites
   */
  public static Phase of(
      Program program,
      int phase,
      Course course,
      Collection<Held> held,
      Map<Integer, Prerequisites.Standing> standings,
      Instant now) {
    boolean done = course != null && course.completed();
    boolean registered = false;
    boolean waitlisted = false;
    boolean attendedAny = false;
    for (Held h : held) {
      if (!h.of(program.slug(), phase)) {
        continue;
      }
      boolean over = h.over(now);
      attendedAny |= h.attended() > 0;
      done |= h.attended() > 0 && (over || h.attended() == h.sessions());
      registered |= h.status() == RegistrationStatus.REGISTERED && !over;
      waitlisted |= h.status() == RegistrationStatus.WAITLISTED && !over;
    }
    if (done) {
      return new Phase(State.COMPLETED, List.of());
    } else if (registered) {
      return new Phase(attendedAny ? State.IN_PROGRESS : State.REGISTERED, List.of());
    } else if (waitlisted) {
      return new Phase(State.WAITLISTED, List.of());
    } else if (course != null && course.enrolled()) {
      return new Phase(State.IN_PROGRESS, List.of());
    }
    List<Prerequisites.Missing> missing =
        Prerequisites.missing(program, phase, null, OPEN_HORIZON, standings);
    return new Phase(missing.isEmpty() ? State.OPEN : State.NOT_YET_OPEN, missing);
  }
}
