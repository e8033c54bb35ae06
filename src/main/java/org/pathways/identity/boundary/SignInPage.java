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
  @Inject OidcSignIns others;

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
      if (refusal.kind() == Refusal.Kind.TOO_MANY || refusal.kind() == Refusal.Kind.FORBIDDEN) {
        // Locked for a while, or a district that signs its teachers in through its provider.
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

  /** A link on the sign-in page: "Continue with" a provider. */
  public static final class OtherSignIn {
    private final String path;
    private final String text;

    OtherSignIn(String path, String text) {
      this.path = path;
      this.text = text;
    }

    public String getPath() {
      return path;
    }

    public String getText() {
      return text;
    }
  }

  /** One link per configured OpenID Connect provider (none: the page shows no such section). */
  public java.util.List<OtherSignIn> getOtherSignIns() {
    String after = NextPage.safe(next, null);
    return others.providers().stream()
        .map(
            provider ->
                new OtherSignIn(
                    "/auth/oidc/"
                        + provider.name()
                        + (after == null
                            ? ""
                            : "?next="
                                + java.net.URLEncoder.encode(
                                    after, java.nio.charset.StandardCharsets.UTF_8)),
                    Pages.format("identity.sign_in.continue_with", provider.label())))
        .toList();
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
