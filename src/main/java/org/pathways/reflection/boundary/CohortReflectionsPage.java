package org.pathways.reflection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;

/**
 * reflection/cohort.xhtml?cohort=: the queue of a cohort's reflections for its facilitators, oldest
 * first, awaiting feedback only unless {@code show=all}; each with its prompt, its teacher, its
 * text as the teacher's choice allows, earlier feedback and a box for more. Its teachers see what
 * was shared with the cohort; anyone else finds nothing (404).
 */
@Named
@ViewScoped
public class CohortReflectionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The filter's value for every shared reflection, feedback given or not. */
  public static final String ALL = "all";

  @Inject ReflectionReads reads;
  @Inject FacilitatorFeedback feedback;
  @Inject CurrentCaller current;

  private UUID cohort;
  private Integer page;
  private String show;
  private transient ResultPage<ReflectionViews.CohortSubmissionView> found;

  /** The view action, also on a postback (a refused feedback draws the queue again). */
  public void load() {
    try {
      found =
          reads.cohort(current.get(), cohort, PageRequest.of(getPageNumber(), null), isAwaiting());
    } catch (Refusal refusal) {
      Pages.sendError(404);
    }
  }

  public String give() {
    try {
      feedback.give(current.get(), Pages.id("submission"), Pages.param("feedback-text"));
      Pages.info("reflection.cohort.feedback_saved");
      Pages.redirect(ReflectionLinks.queue(cohort, show));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public ResultPage<ReflectionViews.CohortSubmissionView> getFound() {
    return found;
  }

  public boolean isReady() {
    return found != null;
  }

  /** Awaiting feedback only: the default. */
  public boolean isAwaiting() {
    return !ALL.equals(show);
  }

  public boolean isHasNext() {
    return found != null && PageRequest.of(getPageNumber(), null).hasMore(found.total());
  }

  public int getPageNumber() {
    return page == null ? 1 : Math.max(1, Math.min(page, 9999));
  }

  public String getAwaitingLink() {
    return ReflectionLinks.queue(cohort, null);
  }

  public String getAllLink() {
    return ReflectionLinks.queue(cohort, ALL);
  }

  public String getNextLink() {
    return ReflectionLinks.queue(cohort, show, getPageNumber() + 1);
  }

  public UUID getCohort() {
    return cohort;
  }

  public void setCohort(UUID cohort) {
    this.cohort = cohort;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = ALL.equals(show) ? ALL : null;
  }
}
