package org.pathways.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.lti.control.DeepLinkResponse;
import org.pathways.lti.entity.DeepLinking;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.boundary.PublicSite;

/**
 * lti/deep-link.xhtml: an LMS asked (Deep Linking 2.0) which Pathways course to place; the page
 * lists the courses a launch can open (open enrolment) and each one's button posts its signed
 * answer to the LMS. Only for the session that the deep linking launch signed in.
 */
@Named
@RequestScoped
public class DeepLinkPage {

  @Inject ContentLibrary library;
  @Inject ToolKeys keys;
  @Inject CurrentCaller current;
  @Inject PublicSite site;
  @Inject Clock clock;

  /** A course to choose, with the signed answer that places it. */
  public record Choice(String slug, String title, String summary, String jwt) {}

  private List<Choice> choices;

  /** The view action: 403 unless this signed-in session answers a deep linking request. */
  public void load() {
    Pages.forbiddenUnless(current.get().signedIn() && asked() != null);
  }

  /** Where the answer goes: the LMS's return address. */
  public String getReturnUrl() {
    DeepLinking asked = asked();
    return asked == null ? "" : asked.returnUrl();
  }

  public List<Choice> getChoices() {
    DeepLinking asked = asked();
    if (asked == null || !current.get().signedIn()) {
      return List.of();
    }
    if (choices == null) {
      String launch = site.link(LtiEndpoints.LAUNCH);
      choices =
          library.courses().stream()
              .filter(course -> course.enrollment() == EnrollmentPolicy.OPEN)
              .sorted(Comparator.comparing(Course::title))
              .map(
                  course ->
                      new Choice(
                          course.slug(),
                          course.title(),
                          course.summary(),
                          keys.sign(
                              DeepLinkResponse.claims(
                                  asked,
                                  course.slug(),
                                  course.title(),
                                  launch,
                                  UUID.randomUUID().toString(),
                                  clock.instant()))))
              .toList();
    }
    return choices;
  }

  private static DeepLinking asked() {
    Object asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .get(DeepLinking.SESSION_KEY);
    return asked instanceof DeepLinking request ? request : null;
  }
}
