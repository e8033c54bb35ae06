package org.pathways.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;
import org.pathways.platform.boundary.Pages;

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

  private String problem;

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
