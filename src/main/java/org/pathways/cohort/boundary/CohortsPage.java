package org.pathways.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortRequest;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** admin/cohorts.xhtml: program managers and administrators create cohorts and see their codes. */
@Named
@RequestScoped
public class CohortsPage {

  @Inject Cohorts cohorts;
  @Inject Authorization authorization;
  @Inject ContentLibrary library;
  @Inject CurrentCaller current;
  @Inject org.pathways.district.boundary.Districts districts;

  private String name;
  private String district;
  private String districtId;
  private String course;
  private String facilitators;
  private LocalDate expiresOn;
  private List<Cohort> all;

  private Boolean staff;

  /**
   * The view action, also on a postback (before its action): 403 for anyone but program staff,
   * before the page is drawn.
   */
  public void load() {
    Pages.forbiddenUnless(staff());
  }

  /** Whether the caller is program staff, asked once. */
  private boolean staff() {
    if (staff == null) {
      staff = authorization.organises(current.get());
    }
    return staff;
  }

  public String create() {
    if (Pages.answered()) {
      return null;
    }
    CohortRequest request = new CohortRequest();
    request.name = name == null ? "" : name;
    request.district = district == null ? "" : district;
    request.districtId = districtId;
    request.course = course;
    request.facilitators = InvitationPlan.split(facilitators);
    request.expiresOn = expiresOn;
    try {
      Cohort cohort = cohorts.create(current.get(), request);
      Pages.info("cohort.list.created");
      Pages.redirect(CohortLinks.created(cohort.getId()));
    } catch (Refusal refusal) {
      String field =
          refusal.errors().isEmpty() ? null : "cohort:" + refusal.errors().get(0).field();
      Pages.refused(field, refusal);
    }
    return null;
  }

  /** The cohorts; none for someone else (a postback refused by its checks draws the page). */
  public List<Cohort> getCohorts() {
    if (!staff()) {
      return List.of();
    }
    if (all == null) {
      all = cohorts.all(current.get());
    }
    return all;
  }

  public Collection<Course> getCourses() {
    return library.courses().stream()
        .sorted(java.util.Comparator.comparing(Course::title))
        .toList();
  }

  public String courseTitle(String slug) {
    return library.course(slug).map(Course::title).orElse(slug);
  }

  /** The partner districts a cohort may belong to. */
  public List<org.pathways.district.entity.District> getDistricts() {
    return districts.visibleTo(current.get());
  }

  public String getDistrictId() {
    return districtId;
  }

  public void setDistrictId(String districtId) {
    this.districtId = districtId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(String facilitators) {
    this.facilitators = facilitators;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
