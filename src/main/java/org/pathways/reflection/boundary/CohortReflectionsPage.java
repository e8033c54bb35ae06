package org.pathways.reflection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.boundary.UuidConverter;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;

/**
 * reflection/cohort.xhtml: the reflections a cohort's facilitator may read, newest first, each with
 * its feedback and a form to add some. A minimal page; the cohort views will grow it.
 */
@Named
@RequestScoped
public class CohortReflectionsPage {

  @Inject ReflectionReads reads;
  @Inject FacilitatorFeedback feedback;
  @Inject CurrentCaller current;

  private String cohort;
  private int page;
  private boolean unreviewed;
  private ResultPage<ReflectionViews.CohortSubmissionView> found;

  @PostConstruct
  void load() {
    cohort = Pages.param("cohort");
    String pageParam = Pages.param("page");
    page =
        pageParam != null && pageParam.matches("\\d{1,4}")
            ? Math.max(1, Integer.parseInt(pageParam))
            : 1;
    unreviewed = "true".equals(Pages.param("unreviewed"));
    try {
      found =
          reads.cohort(
              current.get(), UuidConverter.parse(cohort), PageRequest.of(page, null), unreviewed);
    } catch (Refusal refusal) {
      Pages.sendError(404);
    }
  }

  public String give() {
    try {
      feedback.give(current.get(), Pages.id("submission"), Pages.param("feedback-text"));
      Pages.info("reflection.cohort.feedback_saved");
      Pages.redirect("/reflection/cohort.xhtml?cohort=" + cohort);
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

  public String getCohort() {
    return cohort;
  }

  public boolean isUnreviewed() {
    return unreviewed;
  }

  public boolean isHasNext() {
    return found != null && PageRequest.of(page, null).hasMore(found.total());
  }

  public int getPage() {
    return page;
  }
}
