package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.MailedLink;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * identity/link.xhtml?token=: the page the mailed link opens. It names the other account's provider
 * and the Pathways account; the owner confirms with a POST (opening a link changes nothing), which
 * links the sign-in and signs this browser in to the account.
 */
@Named
@RequestScoped
public class MailedLinkPage {

  @Inject MailedLinks links;
  @Inject OidcSignIns providers;
  @Inject Accounts accounts;
  @Inject PageSessions sessions;
  @Inject CurrentCaller current;

  private String token;
  private Optional<MailedLink> link;

  public String confirm() {
    try {
      UUID account = links.confirm(secret(), current.address());
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      if (!current.get().signedIn() || !current.get().id().equals(account)) {
        sessions.open(request, account);
      }
      Pages.info("identity.link.page.done");
      Pages.redirect(IdentityLinks.PROFILE);
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  /** The secret: the link's parameter, or the form's field on the confirming POST. */
  private String secret() {
    return token != null ? token : Pages.param("link:token");
  }

  private Optional<MailedLink> link() {
    if (link == null) {
      link = links.open(secret());
    }
    return link;
  }

  /** Whether the link still works. */
  public boolean isKnown() {
    return link().isPresent();
  }

  /** The label of the provider whose sign-in is to be added. */
  public String getProvider() {
    return link()
        .map(
            l ->
                providers
                    .client(l.getProvider())
                    .map(c -> c.provider().label())
                    .orElse(l.getProvider()))
        .orElse("");
  }

  /** The account's address (the one the link was mailed to). */
  public String getEmail() {
    return link()
        .flatMap(l -> accounts.account(l.getAccountId()))
        .map(Account::getEmail)
        .orElse("");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
