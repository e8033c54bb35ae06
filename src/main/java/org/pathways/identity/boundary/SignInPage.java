package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.pathways.identity.control.NextPage;
import org.pathways.identity.entity.Account;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** identity/sign-in.xhtml: email and password open a new session. */
@Named
@RequestScoped
public class SignInPage {

  @Inject SignIns signIns;
  @Inject PageSessions sessions;
  @Inject CurrentCaller current;

  private final CredentialsForm credentials = new CredentialsForm();
  private String next;

  public String signIn() {
    try {
      Account account =
          signIns.signIn(credentials.getEmail(), credentials.getPassword(), current.address());
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      sessions.open(request, account.getId());
      Pages.redirect(NextPage.safe(next, IdentityLinks.PROFILE));
    } catch (Refusal refusal) {
      credentials.setPassword(null);
      if (refusal.kind() == Refusal.Kind.TOO_MANY) {
        Pages.refused(null, refusal);
      } else if (refusal.kind() == Refusal.Kind.BUSY) {
        // 503 with Retry-After, as the API answers; the email stays in the form.
        Pages.refused(
            null,
            Refusal.of(Refusal.Kind.BUSY, "identity.sign_in.error.busy")
                .retryAfter(refusal.retryAfter()));
      } else {
        Pages.error(null, "identity.sign_in.error.credentials");
      }
    }
    return null;
  }

  public CredentialsForm getCredentials() {
    return credentials;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
