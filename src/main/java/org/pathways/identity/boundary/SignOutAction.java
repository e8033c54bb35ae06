package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.pathways.platform.boundary.Pages;

/** The layout's sign-out button: a POST (never a link), which ends the session and its token. */
@Named
@RequestScoped
public class SignOutAction {

  @Inject Identity identity;
  @Inject CurrentCaller current;

  public String signOut() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (current.get().signedIn()) {
      PageToken.revoke((HttpSession) external.getSession(false), identity, current.get().id());
    }
    external.invalidateSession();
    Pages.redirect("/index.xhtml?signedOut=true");
    return null;
  }
}
