package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.Passwords;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** identity/forgot.xhtml asks for a link; identity/reset.xhtml takes the new password. */
@Named
@RequestScoped
public class PasswordResetPages {

  @Inject Identity identity;
  @Inject PasswordResetRequests resetRequests;
  @Inject CurrentCaller current;
  @Inject Passwords passwords;

  @Inject
  @ConfigProperty(name = "pathways.public-url")
  Optional<String> publicUrl;

  private String email;
  private String token;
  private String password;
  private boolean sent;

  public String requestLink() {
    try {
      resetRequests.request(email, linkBase(), current.address());
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
      identity.resetPassword(token, password);
      Pages.info("identity_reset.done");
      Pages.redirect("/identity/sign-in.xhtml");
    } catch (Refusal refusal) {
      Pages.error(null, "identity_reset.error.link");
    }
    return null;
  }

  private String linkBase() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String base =
        publicUrl.orElseGet(
            () ->
                external.getRequestScheme()
                    + "://"
                    + external.getRequestServerName()
                    + ":"
                    + external.getRequestServerPort()
                    + external.getRequestContextPath());
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + "/identity/reset.xhtml?token=";
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
