package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.pathways.identity.control.Passwords;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.entity.Refusal;

/**
 * identity/forgot.xhtml asks for a link; identity/reset.xhtml takes the new password. The link
 * starts at the public address, never at the request's Host header, which anyone can forge.
 */
@Named
@RequestScoped
public class PasswordResetPages {

  @Inject PasswordResets resets;
  @Inject PasswordResetRequests resetRequests;
  @Inject CurrentCaller current;
  @Inject Passwords passwords;

  @Inject PublicSite site;

  private String email;
  private String token;
  private String password;
  private boolean sent;

  public String requestLink() {
    if (!site.usable()) {
      Pages.error(null, "identity.forgot.error.unavailable");
      return null;
    }
    try {
      resetRequests.request(email, site.link(IdentityLinks.resetPrefix()), current.address());
      sent = true;
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String reset() {
    Optional<Passwords.Problem> problem = passwords.problem(password);
    if (problem.isPresent()) {
      Pages.error("reset:password", problem.get().key());
      return null;
    }
    try {
      resets.resetPassword(token, password);
      Pages.info("identity.reset.done");
      Pages.redirect(IdentityLinks.SIGN_IN);
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.BUSY) {
        Pages.refused(null, refusal);
      } else {
        Pages.error(null, "identity.reset.error.link");
      }
    }
    return null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isSent() {
    return sent;
  }
}
