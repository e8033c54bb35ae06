package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.pathways.platform.boundary.Pages;

/**
 * identity/other-sign-in.xhtml: why a sign-in with another account did not go through, in the
 * reader's words. Only the known reasons are shown; anything else reads as a failed sign-in.
 */
@Named
@RequestScoped
public class OtherSignInPage {

  private static final Set<String> PROBLEMS =
      Set.of(
          "state",
          "provider_error",
          "token",
          "unavailable",
          "email_taken",
          "email_taken_mailed",
          "too_many",
          "no_verified_email",
          "failed",
          "district");

  @Inject OidcSignIns providers;

  private String problem;
  private String provider;

  /** The text of the reason. */
  public String getExplanation() {
    if ("district".equals(problem)) {
      // Only a configured provider's label is shown: the parameter is the visitor's to change.
      return providers
          .client(provider)
          .map(
              client ->
                  Pages.format(
                      "identity.other_sign_in.problem.district", client.provider().label()))
          .orElseGet(() -> Pages.text("identity.other_sign_in.problem.failed"));
    }
    return Pages.text(
        "identity.other_sign_in.problem." + (PROBLEMS.contains(problem) ? problem : "failed"));
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }
}
