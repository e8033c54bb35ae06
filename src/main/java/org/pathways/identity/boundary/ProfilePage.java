package org.pathways.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/**
 * identity/profile.xhtml: the signed-in teacher's profile, their password and sessions, their data
 * and their account's end.
 */
@Named
@RequestScoped
public class ProfilePage {

  @Inject Accounts accounts;
  @Inject AccountDeletion deletion;
  @Inject CurrentCaller current;
  @Inject Authorization authorization;
  @Inject AccountSecurity security;
  @Inject LinkedSignIns linkedSignIns;
  @Inject OidcSignIns otherSignIns;
  @Inject PasswordResetRequests resetRequests;
  @Inject org.pathways.platform.boundary.PublicSite site;

  private Account account;
  private ProfileForm profile = new ProfileForm();
  private String confirmation;
  private String deletePassword;
  private String currentPassword;
  private String newPassword;
  private String dropPassword;
  private java.util.List<LinkedSignInView> linked;

  @PostConstruct
  void load() {
    Caller caller = current.get();
    if (!caller.signedIn()) {
      return;
    }
    account = accounts.account(caller.id()).orElse(null);
    if (account != null) {
      authorization.require(caller, Permission.ACCOUNT_READ, account);
      profile = ProfileForm.of(account);
      if (profile.getLanguage() == null) {
        // Saving the profile keeps the language the page is read in, not the list's first.
        profile.setLanguage(
            FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
      }
    }
  }

  /**
   * The sign-ins with other accounts linked to this account, each removable while another way in
   * stays.
   */
  public java.util.List<LinkedSignInView> getLinkedSignIns() {
    if (linked == null) {
      if (account == null) {
        return java.util.List.of();
      }
      var links = linkedSignIns.of(account.getId());
      java.util.Map<String, String> labels = new java.util.HashMap<>();
      otherSignIns.providers().forEach(provider -> labels.put(provider.name(), provider.label()));
      boolean removable =
          org.pathways.identity.control.LinkedSignInRemoval.allowed(
              account.getPasswordHash() != null, links.size());
      linked =
          links.stream()
              .map(
                  link -> {
                    String label = labels.getOrDefault(link.getProvider(), link.getProvider());
                    return new LinkedSignInView(
                        link.getId().toString(),
                        label,
                        Pages.format("identity.profile.linked.remove_label", label),
                        removable);
                  })
              .toList();
    }
    return linked;
  }

  /** A link per provider that starts linking one more sign-in to this account. */
  public java.util.List<SignInPage.OtherSignIn> getSignInsToAdd() {
    return otherSignIns.providers().stream()
        .map(
            provider ->
                new SignInPage.OtherSignIn(
                    "/auth/oidc/" + provider.name(),
                    Pages.format("identity.profile.linked.add", provider.label())))
        .toList();
  }

  /**
   * Whether the profile shows its section on other sign-ins (providers configured, or links kept).
   */
  public boolean isOtherSignInsShown() {
    return !otherSignIns.providers().isEmpty() || !getLinkedSignIns().isEmpty();
  }

  public String save() {
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    try {
      accounts.updateProfile(
          account.getId(), profile.profile(), profile.getLanguage(), profile.getTimeZone());
    } catch (Refusal refusal) {
      boolean aboutLanguage = refusal.errors().stream().anyMatch(e -> "language".equals(e.field()));
      Pages.refused(aboutLanguage ? "profile:language" : "profile:time-zone", refusal);
      return null;
    }
    Pages.info("identity.profile.saved");
    Pages.redirect(IdentityLinks.PROFILE);
    return null;
  }

  public String deleteAccount() {
    // The word the page asks for in its language (ELIMINAR in Spanish); DELETE always works.
    String typed = confirmation == null ? "" : confirmation.strip();
    String asked =
        Texts.in(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            "identity.profile.delete.word");
    if (!typed.equals(asked) && !typed.equals("DELETE")) {
      Pages.error("delete:confirmation", "identity.profile.delete.confirm_error");
      return null;
    }
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    try {
      deletion.delete(account.getId(), deletePassword, current.address());
    } catch (Refusal refusal) {
      Pages.refused("delete:password", refusal);
      return null;
    }
    SignOutAction.leave(IdentityLinks.deleted());
    return null;
  }

  /** Keeps this session; ends the others, the tokens and the calendar-feed addresses. */
  public String changePassword() {
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    HttpSession session = (HttpSession) external().getSession(false);
    try {
      security.changePassword(
          account.getId(),
          currentPassword,
          newPassword,
          current.address(),
          PageSessions.key(session));
    } catch (Refusal refusal) {
      boolean aboutNew = refusal.errors().stream().anyMatch(e -> "newPassword".equals(e.field()));
      Pages.refused(aboutNew ? "password:new" : "password:current", refusal);
      return null;
    }
    // The page token went with every other token: the next page gets a fresh one.
    PageToken.forget(session);
    Pages.info("identity.profile.password.changed");
    Pages.redirect(IdentityLinks.PROFILE);
    return null;
  }

  /**
   * Drops the password of an account that keeps a linked sign-in; this session stays, the others
   * and the tokens end, as after a change.
   */
  public String dropPassword() {
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    HttpSession session = (HttpSession) external().getSession(false);
    try {
      security.dropPassword(
          account.getId(), dropPassword, current.address(), PageSessions.key(session));
    } catch (Refusal refusal) {
      Pages.refused(
          refusal.kind() == Refusal.Kind.CONFLICT ? null : "drop-password:current", refusal);
      return null;
    }
    PageToken.forget(session);
    Pages.info("identity.profile.password.dropped");
    Pages.redirect(IdentityLinks.PROFILE);
    return null;
  }

  /**
   * An account without a password gets one through the reset link mailed to its address (the same
   * throttle as "forgot your password"): whoever holds the mailbox sets it.
   */
  public String mailPasswordLink() {
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    if (!site.usable()) {
      Pages.error(null, "identity.forgot.error.unavailable");
      return null;
    }
    try {
      resetRequests.request(
          account.getEmail(), site.link(IdentityLinks.resetPrefix()), current.address());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
      return null;
    }
    Pages.info("identity.profile.password.link_sent", account.getEmail());
    Pages.redirect(IdentityLinks.PROFILE);
    return null;
  }

  /** Whether a password signs in to this account. */
  public boolean isPasswordKept() {
    return account != null && account.hasPassword();
  }

  /** Whether the password may be dropped: it exists and a linked sign-in stays. */
  public boolean isPasswordDroppable() {
    return isPasswordKept() && !getLinkedSignIns().isEmpty();
  }

  public String getDropPassword() {
    return dropPassword;
  }

  public void setDropPassword(String dropPassword) {
    this.dropPassword = dropPassword;
  }

  /** Ends every session of the account, this one included, on every instance. */
  public String signOutEverywhere() {
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    security.signOutEverywhere(account.getId(), current.address());
    SignOutAction.leave(IdentityLinks.signedOut());
    return null;
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public Account getAccount() {
    return account;
  }

  public ProfileForm getProfile() {
    return profile;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getDeletePassword() {
    return deletePassword;
  }

  public void setDeletePassword(String deletePassword) {
    this.deletePassword = deletePassword;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
