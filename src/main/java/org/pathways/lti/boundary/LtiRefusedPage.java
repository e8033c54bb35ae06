package org.pathways.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.boundary.SecurityHeaders;

/**
 * lti/refused.xhtml: why a launch from an LMS did not go through, in the reader's words. Only the
 * known reasons are shown; anything else reads as a failed launch.
 */
@Named
@RequestScoped
public class LtiRefusedPage {

  private static final Set<String> PROBLEMS =
      Set.of(
          "unavailable",
          "platform",
          "login",
          "state",
          "token",
          "signature",
          "issuer",
          "audience",
          "expired",
          "nonce",
          "deployment",
          "message",
          "course",
          "course_closed",
          "email_taken",
          "no_email",
          "failed");

  @Inject LtiPlatforms platforms;

  private String problem;
  private String platform;

  /**
   * The view action: a refusal that names a registered platform may be framed by it alone (the
   * reader launched from inside that LMS); anything else keeps the site's {@code 'none'}.
   */
  public void frame() {
    java.util.UUID id = org.pathways.platform.boundary.UuidConverter.parse(platform);
    if (id == null) {
      return;
    }
    platforms
        .platform(id)
        .ifPresent(
            found ->
                SecurityHeaders.framedBy(
                    (HttpServletResponse)
                        FacesContext.getCurrentInstance().getExternalContext().getResponse(),
                    found.origins()));
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }

  public String getExplanation() {
    return Pages.text("lti.refused.problem." + (PROBLEMS.contains(problem) ? problem : "failed"));
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }
}
