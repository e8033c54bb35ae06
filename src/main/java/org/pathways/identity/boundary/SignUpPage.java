package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.pathways.identity.control.NextPage;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.SignUp;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** identity/sign-up.xhtml: a teacher opens an account and is signed in. */
@Named
@RequestScoped
public class SignUpPage {

  @Inject SignUps signUps;
  @Inject PageSessions sessions;
  @Inject CurrentCaller current;
  @Inject Passwords passwords;

  private final CredentialsForm credentials = new CredentialsForm();
  private final ProfileForm profile = new ProfileForm();
  private String next;

  public String signUp() {
    Optional<Passwords.Problem> problem = passwords.problem(credentials.getPassword());
    if (problem.isPresent()) {
      Pages.error("sign-up:password", problem.get().key());
      return null;
    }
    try {
      Account account =
          signUps.signUp(
              new SignUp(
                  credentials.getEmail(),
                  credentials.getPassword(),
                  profile.getName(),
                  profile.getSchool(),
                  profile.getDistrict(),
                  profile.getState(),
                  profile.getZip(),
                  profile.gradeBandCode()),
              current.address(),
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      sessions.open(request, account.getId());
      // A new teacher came to learn: their first page is where to start, not the profile form
      // (unless they came from a page of this site, such as an invitation, that asked to return).
      Pages.info("identity.sign_up.welcome");
      Pages.redirect(NextPage.safe(next, "/learning/index.xhtml"));
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.TOO_MANY || refusal.kind() == Refusal.Kind.FORBIDDEN) {
        // Too many sign-ups, or a district that signs its teachers in through its provider.
        Pages.refused(null, refusal);
        return null;
      }
      if (refusal.kind() == Refusal.Kind.BUSY) {
        Pages.refused(
            null,
            Refusal.of(Refusal.Kind.BUSY, "identity.sign_up.error.busy")
                .retryAfter(refusal.retryAfter()));
        return null;
      }
      Pages.error(
          refusal.kind() == Refusal.Kind.CONFLICT ? "sign-up:email" : null,
          refusal.kind() == Refusal.Kind.CONFLICT
              ? "identity.sign_up.error.email_in_use"
              : "identity.sign_up.error.invalid");
    } catch (jakarta.validation.ConstraintViolationException invalid) {
      Pages.error(null, "identity.sign_up.error.invalid");
    }
    return null;
  }

  public CredentialsForm getCredentials() {
    return credentials;
  }

  public ProfileForm getProfile() {
    return profile;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
