package org.pathways.learning.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.learning.control.StepRecording;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;
import org.pathways.learning.entity.QuizResult;

/**
 * Enrolments, steps and certificates as the API shows them (the Learning table of the contract).
 */
public final class LearningViews {

  private LearningViews() {}

  public record Resume(String moduleKey, String stepKey) {}

  public record StepState(
      String key, String title, String kind, boolean required, String state, Instant completedAt) {}

  public record ModuleState(
      String key,
      String title,
      boolean required,
      String state,
      String lockedBecause,
      List<StepState> steps) {}

  public record EnrollmentView(
      String id,
      String course,
      String courseTitle,
      String cohort,
      int percent,
      String state,
      Instant enrolledAt,
      Instant lastActivityAt,
      Instant completedAt,
      Resume resume,
      List<ModuleState> modules) {

    static EnrollmentView of(Learner learner, boolean withModules) {
      CourseProgress progress = learner.progress();
      Course course = progress.course();
      Step resume = progress.resume();
      List<ModuleState> modules =
          !withModules
              ? null
              : progress.modules().stream()
                  .map(
                      m ->
                          new ModuleState(
                              m.module().key(),
                              m.module().title(),
                              m.module().required(),
                              m.state().name(),
                              m.locked() ? StepRecording.lockedText(m) : null,
                              m.steps().stream()
                                  .map(
                                      s ->
                                          new StepState(
                                              s.step().key(),
                                              s.step().title(),
                                              s.step().kind().name(),
                                              s.step().required(),
                                              s.done() ? "COMPLETED" : "NOT_STARTED",
                                              s.completedAt()))
                                  .toList()))
                  .toList();
      return new EnrollmentView(
          learner.enrollment().getId().toString(),
          course.slug(),
          course.title(),
          learner.enrollment().getCohortId() == null
              ? null
              : learner.enrollment().getCohortId().toString(),
          progress.percent(),
          progress.completed() ? "COMPLETED" : "IN_PROGRESS",
          learner.enrollment().getEnrolledAt(),
          learner.enrollment().getLastActivityAt(),
          progress.completedAt(),
          resume == null
              ? null
              : new Resume(
                  progress.moduleOf(resume.key()).orElseThrow().module().key(), resume.key()),
          modules);
    }
  }

  public record FeedbackView(String choice, String text) {}

  public record AnswerView(
      String question, boolean answered, boolean correct, List<FeedbackView> feedback) {}

  public record QuizView(
      int scorePercent, int passPercent, boolean passed, List<AnswerView> questions) {
    static QuizView of(QuizResult result) {
      return result == null
          ? null
          : new QuizView(
              result.scorePercent(),
              result.passPercent(),
              result.passed(),
              result.questions().stream()
                  .map(
                      a ->
                          new AnswerView(
                              a.key(),
                              a.answered(),
                              a.correct(),
                              a.feedback().stream()
                                  .map(f -> new FeedbackView(f.choice(), f.text()))
                                  .toList()))
                  .toList());
    }
  }

  public record CompletionView(
      String step,
      String state,
      Instant completedAt,
      boolean courseCompleted,
      QuizView quiz,
      EnrollmentView enrollment) {
    static CompletionView of(Completion completion, Learner learner) {
      CourseProgress.StepProgress step =
          completion.progress().step(completion.step().key()).orElseThrow();
      return new CompletionView(
          step.step().key(),
          step.done() ? "COMPLETED" : "NOT_STARTED",
          step.completedAt(),
          completion.courseCompleted(),
          QuizView.of(completion.quiz()),
          EnrollmentView.of(learner, true));
    }
  }

  /** A quiz's failed attempt, as problem details with the feedback per question. */
  public record QuizProblem(
      String type,
      String title,
      int status,
      String detail,
      int scorePercent,
      int passPercent,
      List<AnswerView> questions) {}

  public record ChoiceView(String key, String text) {}

  public record QuestionView(
      String key, String prompt, boolean multiple, List<ChoiceView> choices) {}

  public record StepView(
      String key,
      String kind,
      String title,
      boolean required,
      Integer minutes,
      String html,
      String module,
      String state,
      Instant completedAt,
      String previous,
      String next,
      String videoUrl,
      String captionsUrl,
      Integer durationSeconds,
      Integer passPercent,
      List<QuestionView> questions,
      String prompt,
      Integer minWords,
      String defaultVisibility,
      String program,
      Integer phase,
      String space,
      String url,
      PuzzleViews.PuzzleView puzzle,
      String lang) {

    /**
     * The step as the API shows it; without {@code personal}, what every enrolled teacher sees
     * alike (no {@code state}, no {@code completedAt}), which {@link StepBodies} keeps per content
     * version.
     */
    static StepView of(CourseProgress progress, Step step, boolean personal, String lang) {
      List<CourseProgress.StepProgress> steps = progress.steps();
      int index = 0;
      while (!steps.get(index).step().key().equals(step.key())) {
        index++;
      }
      CourseProgress.StepProgress here = steps.get(index);
      StepDetails d = step.details();
      StepDetails.Video video = d instanceof StepDetails.Video v ? v : null;
      StepDetails.Quiz quiz = d instanceof StepDetails.Quiz q ? q : null;
      StepDetails.Reflection reflection = d instanceof StepDetails.Reflection r ? r : null;
      StepDetails.Workshop workshop = d instanceof StepDetails.Workshop w ? w : null;
      StepDetails.Forum forum = d instanceof StepDetails.Forum f ? f : null;
      StepDetails.Resource resource = d instanceof StepDetails.Resource r ? r : null;
      return new StepView(
          step.key(),
          step.kind().name(),
          step.title(),
          step.required(),
          step.minutes(),
          step.html(),
          progress.moduleOf(step.key()).orElseThrow().module().key(),
          !personal ? null : here.done() ? "COMPLETED" : "NOT_STARTED",
          !personal ? null : here.completedAt(),
          index > 0 ? steps.get(index - 1).step().key() : null,
          index + 1 < steps.size() ? steps.get(index + 1).step().key() : null,
          video == null ? null : video.url(),
          video == null ? null : video.captionsUrl(),
          video == null ? null : video.durationSeconds(),
          quiz == null ? null : quiz.passPercent(),
          quiz == null
              ? null
              : quiz.questions().stream()
                  .map(
                      q ->
                          new QuestionView(
                              q.key(),
                              q.prompt(),
                              q.multiple(),
                              q.choices().stream()
                                  .map(c -> new ChoiceView(c.key(), c.text()))
                                  .toList()))
                  .toList(),
          reflection == null ? null : reflection.prompt(),
          reflection == null ? null : reflection.minWords(),
          reflection == null ? null : reflection.defaultVisibility().name(),
          workshop == null ? null : workshop.program(),
          workshop == null ? null : workshop.phase(),
          forum == null ? null : forum.space(),
          resource == null ? null : resource.url(),
          d instanceof org.pathways.content.entity.Puzzle p ? PuzzleViews.PuzzleView.of(p) : null,
          lang);
    }
  }

  public record CertificateView(
      String code,
      String course,
      String courseTitle,
      String name,
      BigDecimal pdHours,
      Instant completedAt,
      String verifyUrl,
      String pdfUrl) {}

  public record Verification(
      boolean valid,
      String code,
      String name,
      String course,
      BigDecimal pdHours,
      Instant completedAt,
      boolean revoked,
      Instant revokedOn,
      String revocationReason) {
    static Verification of(Certificate c) {
      return new Verification(
          !c.isRevoked(),
          c.getCode(),
          c.getHolderName(),
          c.getCourseTitle(),
          c.getPdHours(),
          c.getCompletedAt(),
          c.isRevoked(),
          c.getRevokedAt(),
          c.getRevocationReason());
    }

    static Verification unknown() {
      return new Verification(false, null, null, null, null, null, false, null, null);
    }
  }
}
