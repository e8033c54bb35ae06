package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Invitation;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * identity/invitation.xhtml?token=: the page a mailed invitation opens. It says what the invitation
 * is for and to which address it went; signed in with that address's account, the person accepts (a
 * POST); otherwise they are sent to sign in or to create an account, and come back.
 */
@Named
@RequestScoped
public class InvitationPage {

  /** Where each kind of right is used, once accepted ({@code %s}: the target's id). */
  private static final java.util.Map<String, String> DESTINATIONS =
      java.util.Map.of(
          "cohort",
          "/reflection/cohort.xhtml?cohort=%s",
          "workshop",
          "/workshops/roster.xhtml?id=%s",
          "district",
          "/districts/district.xhtml?id=%s");

  @Inject Invitations invitations;
  @Inject Accounts accounts;
  @Inject CurrentCaller current;

  private String token;
  private Optional<Invitation> invitation;
  private String readFor;

  public String accept() {
    try {
      Invitation accepted = invitations.accept(current.get(), token);
      Pages.info(
          "district".equals(accepted.getScope())
              ? "identity.invitation.page.accepted.district"
              : "identity.invitation.page.accepted");
      String destination = DESTINATIONS.get(accepted.getScope());
      Pages.redirect(
          destination == null
              ? "/learning/index.xhtml"
              : destination.formatted(accepted.getTargetId()));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  /**
   * The invitation of the link. On the accepting POST, Faces decides which parts of the page exist
   * before the form's fields reach this bean, so the secret is read from the request then.
   */
  private Optional<Invitation> invitation() {
    String secret = token != null ? token : Pages.param("invitation:token");
    if (invitation == null || !java.util.Objects.equals(secret, readFor)) {
      invitation = invitations.find(secret);
      readFor = secret;
    }
    return invitation;
  }

  /** Whether the link stands for an invitation at all. */
  public boolean isKnown() {
    return invitation().isPresent();
  }

  /** OPEN, ACCEPTED, WITHDRAWN or EXPIRED. */
  public String getState() {
    return invitation().map(i -> invitations.state(i).name()).orElse("");
  }

  public String getScope() {
    return invitation().map(Invitation::getScope).orElse("");
  }

  public String getTitle() {
    return invitation().map(Invitation::getTargetTitle).orElse("");
  }

  public String getEmail() {
    return invitation().map(Invitation::getEmail).orElse("");
  }

  public boolean isSignedIn() {
    return current.get().signedIn();
  }

  /** The signed-in person's email, to show whom they are signed in as. */
  public String getSignedInEmail() {
    return current.get().signedIn()
        ? accounts.account(current.get().id()).map(Account::getEmail).orElse("")
        : "";
  }

  /** This page again, as the {@code next} of the sign-in and sign-up pages. */
  public String getReturnPath() {
    return URLEncoder.encode(
        Invitations.PAGE + "?token=" + (token == null ? "" : token), StandardCharsets.UTF_8);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
