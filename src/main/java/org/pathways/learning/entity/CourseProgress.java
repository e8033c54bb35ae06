package org.pathways.learning.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Sequencing;
import org.pathways.content.entity.Step;

/**
 * A teacher's progress laid over the current version of a course: the rules of sequencing and
 * completion in one place, computed from the completed steps (by slug) without touching the
 * database.
 *
 * <ul>
 *   <li>What counts: the required steps of required modules (every step when a course requires
 *       none). Steps that left the course (retired) are not in it, so they stop counting; optional
 *       steps and elective modules never count.
 *   <li>A module is complete when its required steps are (all its steps when it requires none).
 *   <li>Under STRICT sequencing a module opens when the nearest required module before it is
 *       complete. A module the teacher already worked in stays open, and nothing is locked once the
 *       course is complete.
 *   <li>Resume: the first open step not yet done after the last one worked on, else the first open
 *       step not yet done, else the last one worked on.
 * </ul>
 */
public record CourseProgress(
    Course course,
    List<ModuleProgress> modules,
    int counted,
    int done,
    Instant completedAt,
    Step resume) {

  /** A module's state; {@code blockedBy} is the module to complete first when it is locked. */
  public record ModuleProgress(
      CourseModule module, ModuleState state, CourseModule blockedBy, List<StepProgress> steps) {

    public boolean locked() {
      return state == ModuleState.LOCKED;
    }

    public long doneCount() {
      return steps.stream().filter(StepProgress::done).count();
    }

    /**
     * Whole percent of the module's required steps done (of all its steps when it requires none),
     * as {@link ModuleState#COMPLETED} counts them; 100 only when all are.
     */
    public int percent() {
      boolean anyRequired = module.steps().stream().anyMatch(Step::required);
      long total = steps.stream().filter(s -> !anyRequired || s.step().required()).count();
      long done =
          steps.stream().filter(s -> (!anyRequired || s.step().required()) && s.done()).count();
      return total == 0 ? 100 : (int) (done * 100 / total);
    }
  }

  /** A step and when it was completed (null when not yet). */
  public record StepProgress(Step step, Instant completedAt) {
    public boolean done() {
      return completedAt != null;
    }
  }

  public static CourseProgress of(
      Course course, Map<String, Instant> completions, Instant completedAt, String lastStepKey) {
    boolean anyRequired = anyRequired(course);
    int counted = 0;
    int done = 0;
    List<ModuleProgress> modules = new ArrayList<>();
    CourseModule previousRequired = null;
    boolean previousRequiredDone = true;
    for (CourseModule module : course.modules()) {
      List<StepProgress> steps =
          module.steps().stream()
              .map(step -> new StepProgress(step, completions.get(step.key())))
              .toList();
      for (StepProgress step : steps) {
        if (counts(anyRequired, module, step.step())) {
          counted++;
          if (step.done()) {
            done++;
          }
        }
      }
      boolean moduleDone = moduleDone(module, steps);
      boolean started = steps.stream().anyMatch(StepProgress::done);
      boolean locked =
          course.sequencing() == Sequencing.STRICT
              && completedAt == null
              && !started
              && previousRequired != null
              && !previousRequiredDone;
      ModuleState state =
          locked
              ? ModuleState.LOCKED
              : moduleDone
                  ? ModuleState.COMPLETED
                  : started ? ModuleState.IN_PROGRESS : ModuleState.AVAILABLE;
      modules.add(new ModuleProgress(module, state, locked ? previousRequired : null, steps));
      if (module.required()) {
        previousRequired = module;
        previousRequiredDone = moduleDone;
      }
    }
    return new CourseProgress(
        course, List.copyOf(modules), counted, done, completedAt, resume(modules, lastStepKey));
  }

  private static boolean anyRequired(Course course) {
    return course.modules().stream()
        .anyMatch(m -> m.required() && m.steps().stream().anyMatch(Step::required));
  }

  /** Whether a step counts towards the course: see the class comment. */
  private static boolean counts(boolean anyRequired, CourseModule module, Step step) {
    return !anyRequired || (module.required() && step.required());
  }

  private static boolean moduleDone(CourseModule module, List<StepProgress> steps) {
    boolean anyRequired = module.steps().stream().anyMatch(Step::required);
    return steps.stream()
        .filter(step -> !anyRequired || step.step().required())
        .allMatch(StepProgress::done);
  }

  private static Step resume(List<ModuleProgress> modules, String lastStepKey) {
    List<StepProgress> open = new ArrayList<>();
    Step last = null;
    int lastIndex = -1;
    for (ModuleProgress module : modules) {
      for (StepProgress step : module.steps()) {
        if (step.step().key().equals(lastStepKey)) {
          last = step.step();
          lastIndex = open.size();
        }
        if (!module.locked()) {
          open.add(step);
        }
      }
    }
    for (int i = Math.max(0, lastIndex); i < open.size(); i++) {
      if (!open.get(i).done()) {
        return open.get(i).step();
      }
    }
    for (StepProgress step : open) {
      if (!step.done()) {
        return step.step();
      }
    }
    if (last != null) {
      return last;
    }
    return open.isEmpty() ? null : open.get(0).step();
  }

  /** Whole percent of the counted steps done; 100 only when all are. */
  public int percent() {
    return counted == 0 ? 100 : done * 100 / counted;
  }

  /** The counted steps not yet done. */
  public int left() {
    return counted - done;
  }

  /** The counted steps done at or after this instant: the teacher's recent pace. */
  public int doneSince(Instant since) {
    boolean anyRequired = anyRequired(course);
    int recent = 0;
    for (ModuleProgress module : modules) {
      for (StepProgress step : module.steps()) {
        if (step.done()
            && !step.completedAt().isBefore(since)
            && counts(anyRequired, module.module(), step.step())) {
          recent++;
        }
      }
    }
    return recent;
  }

  /** Every counted step of the current version is done. */
  public boolean finished() {
    return done == counted;
  }

  public boolean completed() {
    return completedAt != null;
  }

  public Optional<ModuleProgress> moduleOf(String stepKey) {
    return modules.stream()
        .filter(m -> m.steps().stream().anyMatch(s -> s.step().key().equals(stepKey)))
        .findFirst();
  }

  public Optional<StepProgress> step(String stepKey) {
    return modules.stream()
        .flatMap(m -> m.steps().stream())
        .filter(s -> s.step().key().equals(stepKey))
        .findFirst();
  }

  /** The steps in course order, for previous/next. */
  public List<StepProgress> steps() {
    return modules.stream().flatMap(m -> m.steps().stream()).toList();
  }

  /** The step before this one in course order, if any. */
  public Optional<StepProgress> previous(String stepKey) {
    List<StepProgress> steps = steps();
    int index = indexOf(steps, stepKey);
    return index > 0 ? Optional.of(steps.get(index - 1)) : Optional.empty();
  }

  /** The step after this one in course order, if any. */
  public Optional<StepProgress> next(String stepKey) {
    List<StepProgress> steps = steps();
    int index = indexOf(steps, stepKey);
    return index + 1 < steps.size() ? Optional.of(steps.get(index + 1)) : Optional.empty();
  }

  /**
   * Where a locked module sends the teacher: the first step not done of the module it waits for.
   */
  public Optional<StepProgress> firstNotDoneBlocking(ModuleProgress locked) {
    return modules.stream()
        .filter(m -> m.module() == locked.blockedBy())
        .findFirst()
        .orElseThrow()
        .steps()
        .stream()
        .filter(s -> !s.done())
        .findFirst();
  }

  private static int indexOf(List<StepProgress> steps, String stepKey) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).step().key().equals(stepKey)) {
        return i;
      }
    }
    return -1;
  }
}
