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

  @Inject Tokens tokens;
  @Inject PageSessions sessions;
  @Inject CurrentCaller current;

  public String signOut() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpSession session = (HttpSession) external.getSession(false);
    if (current.get().signedIn()) {
      PageToken.revoke(session, tokens, current.get().id());
    }
    sessions.end(session);
    leave(IdentityLinks.signedOut());
    return null;
  }

  /**
   * Ends this browser's session and goes to {@code path}, telling the browser to drop what this
   * site keeps in its storage (school laptops are shared; a reflection's local copy may name
   * students). The landing page's script does the same where the header is not honoured.
   */
  static void leave(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    external.setResponseHeader("Clear-Site-Data", "\"storage\"");
    Pages.redirect(path);
  }
}
