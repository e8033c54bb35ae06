package org.pathways.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.content.entity.Step;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.IdentityLinks;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;
import org.pathways.learning.entity.ModuleState;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * courses/course.xhtml: a course's outline for everyone; for an enrolled teacher every module's
 * state, the progress bar and "Continue"; enrolment in one click or with a cohort code.
 */
@Named
@RequestScoped
public class CoursePage {

  @Inject Learning learning;
  @Inject Enrollments enrollments;
  @Inject ContentLibrary library;
  @Inject CurrentCaller current;
  @Inject EnrollmentWork work;

  private Course course;
  private Learner learner;
  private String code;
  private List<ModuleRow> rows;
  private Optional<Instant> closedSince;

  @PostConstruct
  void load() {
    String slug = Pages.param("slug");
    course = slug == null ? null : library.course(slug).orElse(null);
    if (course == null) {
      Pages.sendError(404);
      return;
    }
    learner = learning.learnerIn(current.get(), course.slug()).orElse(null);
  }

  public String enroll() {
    if (!current.get().signedIn()) {
      Pages.redirect(IdentityLinks.signIn(LearningLinks.course(course.slug())));
      return null;
    }
    try {
      Enrollments.Enrolled enrolled = enrollments.enroll(current.get(), course.slug(), code);
      Pages.info(enrolled.created() ? "learning.enroll.done" : "learning.enroll.already");
      Pages.redirect(LearningLinks.course(course.slug()));
    } catch (Refusal refusal) {
      Pages.refused("enroll:code", refusal);
    }
    return null;
  }

  /** A module as the page lists it: its state and lock when enrolled, else null. */
  public record ModuleRow(
      CourseModule module, ModuleState state, String lockText, List<StepRow> steps) {
    public String stateClass() {
      return state == null ? "outline" : state.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A step as the page lists it: a link when it can be opened, and whether it is done. */
  public record StepRow(Step step, String url, boolean done) {}

  public List<ModuleRow> getModules() {
    if (rows == null) {
      rows =
          learner == null
              ? course.modules().stream()
                  .map(
                      m ->
                          new ModuleRow(
                              m,
                              null,
                              null,
                              m.steps().stream().map(s -> new StepRow(s, null, false)).toList()))
                  .toList()
              : learner.progress().modules().stream()
                  .map(
                      m ->
                          new ModuleRow(
                              m.module(),
                              m.state(),
                              m.locked() ? LearningLinks.lockText(m) : null,
                              m.steps().stream()
                                  .map(
                                      s ->
                                          new StepRow(
                                              s.step(),
                                              m.locked() ? null : stepUrl(s.step().key()),
                                              s.done()))
                                  .toList()))
                  .toList();
    }
    return rows;
  }

  /** The language the page is read in: course texts translated into it are shown in it. */
  public String getReader() {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces.getViewRoot().getLocale().getLanguage();
  }

  public Course getCourse() {
    return course;
  }

  /** The teacher's enrolment, for the page's live updates; null when not enrolled. */
  public java.util.UUID getEnrollmentId() {
    return learner == null ? null : learner.enrollment().getId();
  }

  public boolean isEnrolled() {
    return learner != null;
  }

  /** When the teacher's cohort was closed, or null: the page then says so once (one query). */
  public Instant getClosedAt() {
    if (closedSince == null) {
      closedSince = learner == null ? Optional.empty() : work.closedSince(learner.enrollment());
    }
    return closedSince.orElse(null);
  }

  public boolean isCodeNeeded() {
    return course.enrollment() == EnrollmentPolicy.COHORT_CODE;
  }

  public CourseProgress getProgress() {
    return learner == null ? null : learner.progress();
  }

  public String getContinueUrl() {
    Step resume = learner == null ? null : learner.progress().resume();
    return resume == null ? null : LearningLinks.step(course.slug(), resume.key());
  }

  public boolean isStarted() {
    return learner != null && learner.progress().steps().stream().anyMatch(s -> s.done());
  }

  public String stepUrl(String stepKey) {
    return LearningLinks.step(course.slug(), stepKey);
  }

  public String certificateUrl() {
    return learner == null ? null : LearningLinks.certificate(learner.enrollment().getId());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
