package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The layout's sign-out button: a POST (never a link), which ends the session. */
@Named
@RequestScoped
public class SignOutAction {

  public String signOut() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    Pages.redirect("/index.xhtml?signedOut=true");
    return null;
  }
}
