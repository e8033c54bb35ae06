package org.pathways.reflection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.content.entity.Visibility;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.learning.boundary.OpenedStep;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Enrollment;
import org.pathways.learning.entity.Learner;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.reflection.entity.ReflectionDraft;
import org.pathways.reflection.entity.ReflectionSubmission;

/**
 * The reflection editor inside the step player ({@code #{reflectionEditor}}): the draft or the
 * latest submission to start from, who may read it, the submitted versions with their feedback, and
 * the submit. The page's script autosaves the draft through the API.
 */
@Named
@RequestScoped
public class ReflectionEditor {

  @Inject OpenedStep opened;
  @Inject Reflections reflections;
  @Inject ReflectionReads reads;
  @Inject CurrentCaller current;
  @Inject FeedbackNotices notices;

  private Learner learner;
  private Enrollment enrollment;
  private String stepKey;
  private String text;
  private String visibility;
  private ReflectionSubmission latest;
  private ReflectionDraft draft;
  private List<ReflectionViews.SubmissionView> history;
  private Integer newFeedback;

  @PostConstruct
  void load() {
    String course = Pages.param("course");
    String key = Pages.param("step");
    if (course == null || key == null) {
      return;
    }
    try {
      learner = opened.learner(course, key);
    } catch (Refusal refusal) {
      return; // the step player answers it
    }
    Step step = learner.progress().course().step(key).orElse(null);
    if (step == null
        || step.kind() != StepKind.REFLECTION
        || learner
            .progress()
            .moduleOf(key)
            .map(CourseProgress.ModuleProgress::locked)
            .orElse(true)) {
      return;
    }
    enrollment = learner.enrollment();
    stepKey = step.key();
    latest = reflections.latest(current.get(), enrollment, stepKey).orElse(null);
    draft = reflections.draft(current.get(), enrollment, stepKey).orElse(null);
    StepDetails.Reflection prompt = step.details(StepDetails.Reflection.class);
    visibility = latest == null ? prompt.defaultVisibility().name() : latest.getVisibility().name();
    text = draft != null ? draft.getText() : latest == null ? "" : latest.getText();
  }

  /** Submits the reflection: it is kept as a new version, and the step is complete. */
  public String submit() {
    if (enrollment == null) {
      return null;
    }
    try {
      reflections.submit(
          current.get(),
          enrollment.getId(),
          stepKey,
          text,
          visibility,
          Pages.param("submission-key"));
      Pages.info("learning.reflection.submitted");
      Pages.redirect(opened.afterReflectionSubmitted(learner, stepKey));
    } catch (Refusal refusal) {
      Pages.refused("reflection:text", refusal);
    }
    return null;
  }

  /** Changes who may read every submitted version, without submitting a new one. */
  public String share() {
    if (enrollment == null || latest == null) {
      return null;
    }
    try {
      reflections.showTo(current.get(), enrollment.getId(), stepKey, visibility);
      Pages.info("learning.reflection.shared");
      Pages.redirect(
          "/learning/step.xhtml?course="
              + enrollment.getCourseSlug()
              + "&step="
              + java.net.URLEncoder.encode(stepKey, java.nio.charset.StandardCharsets.UTF_8));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  /** How many pieces of feedback on this step the teacher has not marked read (one query). */
  public int getNewFeedback() {
    if (newFeedback == null) {
      newFeedback =
          enrollment == null
              ? 0
              : notices.unread(current.get(), enrollment.getId()).getOrDefault(stepKey, 0);
    }
    return newFeedback;
  }

  /** Marks the feedback on this step read: the notices on the course and here go away. */
  public String markFeedbackRead() {
    if (enrollment == null) {
      return null;
    }
    notices.markRead(current.get(), enrollment.getId(), stepKey);
    Pages.info("learning.reflection.feedback_read");
    Pages.redirect(LearningLinks.step(enrollment.getCourseSlug(), stepKey));
    return null;
  }

  /** The teacher's submitted versions of this reflection, newest first, with feedback. */
  public List<ReflectionViews.SubmissionView> getHistory() {
    if (history == null) {
      history =
          latest == null
              ? List.of()
              : reads.prompts(current.get(), enrollment.getId()).stream()
                  .filter(p -> p.stepKey().equals(stepKey))
                  .findFirst()
                  .map(ReflectionViews.PromptView::submissions)
                  .orElse(List.of());
    }
    return history;
  }

  /** The draft's revision (0 when there is none), for the editor's first save. */
  public int getDraftRevision() {
    return draft == null ? 0 : draft.getRevision();
  }

  public String getDraftUrl() {
    return "/api/enrollments/" + enrollment.getId() + "/reflections/" + stepKey + "/draft";
  }

  public UUID getEnrollmentId() {
    return enrollment.getId();
  }

  public ReflectionSubmission getLatest() {
    return latest;
  }

  /** A fresh key per rendered form: a double submit or a retry sends the same one. */
  public String getSubmissionKey() {
    return UUID.randomUUID().toString();
  }

  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }
}
