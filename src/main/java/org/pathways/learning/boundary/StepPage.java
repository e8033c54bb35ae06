package org.pathways.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;
import org.pathways.learning.entity.QuizResult;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * learn/step.xhtml, the step player: one step per page with the module outline beside it, previous
 * and next. Reading pages, workshop, forum and resource cards count when viewed (the page's script
 * records them at once; "Next" records them too, for pages without script). A video counts when
 * most of it has played or on "Mark as done"; a quiz at its pass mark; a reflection when submitted.
 */
@Named
@RequestScoped
public class StepPage {

  /** Kinds that are complete once the teacher has seen them. */
  private static final Set<StepKind> SEEN_IS_DONE =
      EnumSet.of(StepKind.PAGE, StepKind.WORKSHOP, StepKind.FORUM, StepKind.RESOURCE);

  @Inject Learning learning;
  @Inject StepCompletions completions;
  @Inject OpenedStep opened;
  @Inject CurrentCaller current;
  @Inject QuizChoices quizChoices;

  private Learner learner;
  private Step step;
  private String stepLanguage;
  private String reader;
  private boolean untranslated;
  private CourseProgress.ModuleProgress module;
  private QuizResult quizResult;
  private Map<String, List<String>> chosen = Map.of();

  @PostConstruct
  void load() {
    String course = Pages.param("course");
    String key = Pages.param("step");
    if (course == null || key == null) {
      Pages.sendError(404);
      return;
    }
    try {
      learner = opened.learner(course, key);
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
        Pages.info("learning.step.enroll_first");
        Pages.redirect(LearningLinks.course(course));
      } else {
        Pages.sendError(404);
      }
      return;
    }
    Course read = learner.progress().course();
    reader = readerLanguage(read.language());
    step = read.step(key, reader).orElseThrow();
    stepLanguage =
        read.translation(reader).filter(t -> t.steps().containsKey(key)).isPresent()
            ? reader
            : read.language();
    untranslated = !stepLanguage.equals(reader);
    module = learner.progress().moduleOf(key).orElseThrow();
  }

  /** The page's language (the reader's choice or their browser's), else the course's own. */
  private static String readerLanguage(String fallback) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale().getLanguage()
        : fallback;
  }

  /** A step's title in the outline, translated where the step is. */
  public String titleOf(Step other) {
    return learner.progress().course().stepTitle(other, reader);
  }

  /** The module's title in the outline, translated where the module is. */
  public String getModuleTitle() {
    return learner.progress().course().moduleText(module.module(), reader).title();
  }

  /** The language the step is shown in: the reader's where it is translated, else the course's. */
  public String getStepLanguage() {
    return stepLanguage;
  }

  /**
   * Whether the reader reads another language than the step is shown in (it has no translation).
   */
  public boolean isUntranslated() {
    return untranslated;
  }

  /**
   * "Next": records a step that counts when seen, then goes on; in a closed cohort it only goes on
   * (nothing more can be recorded there).
   */
  public String next() {
    if (step == null || module.locked()) {
      return null;
    }
    Completion completion = null;
    if (SEEN_IS_DONE.contains(step.kind()) && !isClosed()) {
      completion = complete(null);
      if (completion == null) {
        return null;
      }
    }
    goOn(completion);
    return null;
  }

  /** A video's "Mark as done", for those who read the transcript. */
  public String markDone() {
    if (step == null || module.locked() || step.kind() != StepKind.VIDEO) {
      return null;
    }
    Completion completion = complete(null);
    if (completion != null) {
      Pages.info("learning.step.marked_done");
      goOn(completion);
    }
    return null;
  }

  /** A quiz's answers: graded at once, with feedback per question; it may be tried again. */
  public String submitQuiz() {
    if (step == null || module.locked() || step.kind() != StepKind.QUIZ) {
      return null;
    }
    Map<String, String[]> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    Map<String, List<String>> answers = new HashMap<>();
    for (StepDetails.Question question : step.details(StepDetails.Quiz.class).questions()) {
      String[] values = params.get("answer-" + question.key());
      if (values != null) {
        answers.put(question.key(), Arrays.asList(values));
      }
    }
    chosen = answers;
    if (answers.isEmpty()) {
      Pages.error(null, "learning.quiz.unanswered");
      return null;
    }
    Completion completion = complete(answers);
    if (completion == null) {
      return null;
    }
    quizChoices.attempted();
    quizResult = completion.quiz();
    learner = new Learner(completion.enrollment(), completion.progress());
    module = learner.progress().moduleOf(step.key()).orElseThrow();
    if (completion.courseCompleted()) {
      goOn(completion);
    } else if (quizResult.passed()) {
      Pages.error(null, "learning.quiz.passed");
    } else {
      Pages.error(null, "learning.quiz.not_passed");
    }
    return null;
  }

  public Learner getLearner() {
    return learner;
  }

  private Completion complete(Map<String, List<String>> answers) {
    try {
      return completions.complete(current.get(), learner.enrollment().getId(), step.key(), answers);
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
      return null;
    }
  }

  private void goOn(Completion completion) {
    Pages.redirect(
        LearningLinks.after(
            learner, step.key(), completion != null && completion.courseCompleted()));
  }

  public boolean isReady() {
    return step != null;
  }

  public Step getStep() {
    return step;
  }

  public CourseProgress getProgress() {
    return learner.progress();
  }

  public CourseProgress.ModuleProgress getModule() {
    return module;
  }

  public boolean isLocked() {
    return module.locked();
  }

  public String getLockText() {
    return LearningLinks.lockText(module);
  }

  public String getBlockingUrl() {
    String course = learner.progress().course().slug();
    return learner
        .progress()
        .firstNotDoneBlocking(module)
        .map(s -> LearningLinks.step(course, s.step().key()))
        .orElse(LearningLinks.course(course));
  }

  public boolean isDone() {
    return learner.progress().step(step.key()).map(CourseProgress.StepProgress::done).orElse(false);
  }

  /** True when viewing the page counts: its script records it at once. */
  public boolean isCountsWhenSeen() {
    return SEEN_IS_DONE.contains(step.kind()) && !module.locked() && !isClosed();
  }

  /**
   * True when the enrolment's cohort is closed: the step reads as before, but the page offers no
   * form that would be refused, only a notice saying so.
   */
  public boolean isClosed() {
    return opened.closedSince().isPresent();
  }

  /** When the enrolment's cohort was closed, or null. */
  public Instant getClosedAt() {
    return opened.closedSince().orElse(null);
  }

  public CourseProgress.StepProgress getPrevious() {
    return learner.progress().previous(step.key()).orElse(null);
  }

  public CourseProgress.StepProgress getNext() {
    return learner.progress().next(step.key()).orElse(null);
  }

  public String stepUrl(String key) {
    return LearningLinks.step(learner.progress().course().slug(), key);
  }

  /**
   * The addresses of this module's steps, separated by spaces, for the service worker to keep so
   * that they can be read offline (under {@code contextPath}).
   */
  public String moduleStepUrls(String contextPath) {
    return module.steps().stream()
        .map(s -> contextPath + stepUrl(s.step().key()))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  public String getCourseUrl() {
    return LearningLinks.course(learner.progress().course().slug());
  }

  /** The API address the page's script records this step at. */
  public String getCompletionUrl() {
    return "/api/enrollments/"
        + learner.enrollment().getId()
        + "/steps/"
        + step.key()
        + "/completion";
  }

  public UUID getEnrollmentId() {
    return learner.enrollment().getId();
  }

  public StepDetails.Quiz getQuiz() {
    return step.details() instanceof StepDetails.Quiz quiz ? quiz : null;
  }

  public StepDetails.Video getVideo() {
    return step.details() instanceof StepDetails.Video video ? video : null;
  }

  public StepDetails.Reflection getReflection() {
    return step.details() instanceof StepDetails.Reflection reflection ? reflection : null;
  }

  public StepDetails.Workshop getWorkshop() {
    return step.details() instanceof StepDetails.Workshop workshop ? workshop : null;
  }

  public StepDetails.Forum getForum() {
    return step.details() instanceof StepDetails.Forum forum ? forum : null;
  }

  public StepDetails.Resource getResource() {
    return step.details() instanceof StepDetails.Resource resource ? resource : null;
  }

  public QuizResult getQuizResult() {
    return quizResult;
  }

  /** A question's choices in this attempt's order ({@link QuizChoices}). */
  public List<StepDetails.Choice> choices(StepDetails.Question question) {
    return quizChoices.of(learner, step, question);
  }

  public boolean isChosen(String question, String choice) {
    List<String> choices = chosen.get(question);
    return choices != null && choices.contains(choice);
  }

  /** The graded answer to a question, after an attempt on this page. */
  public QuizResult.Answer answer(String question) {
    return quizResult == null ? null : quizResult.answer(question);
  }
}
