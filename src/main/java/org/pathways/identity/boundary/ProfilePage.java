package org.pathways.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.GradeBand;
import org.pathways.identity.entity.Permission;
import org.pathways.platform.boundary.Pages;

/** identity/profile.xhtml: the signed-in teacher's profile, their data and their account's end. */
@Named
@RequestScoped
public class ProfilePage {

  @Inject Identity identity;
  @Inject CurrentCaller current;
  @Inject Authorization authorization;

  private Account account;
  private String name;
  private String school;
  private String district;
  private String state;
  private String zip;
  private GradeBand gradeBand;
  private String confirmation;

  @PostConstruct
  void load() {
    Caller caller = current.get();
    if (!caller.signedIn()) {
      return;
    }
    account = identity.account(caller.id()).orElse(null);
    if (account != null) {
      authorization.require(caller, Permission.ACCOUNT_READ, account);
      name = account.getName();
      school = account.getSchool();
      district = account.getDistrict();
      state = account.getState();
      zip = account.getZip();
      gradeBand = account.getGradeBand();
    }
  }

  public String save() {
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    identity.updateProfile(
        account.getId(), new Account.Profile(name, school, district, state, zip, gradeBand));
    Pages.info("identity_profile.saved");
    Pages.redirect("/identity/profile.xhtml");
    return null;
  }

  public String deleteAccount() {
    if (!"DELETE".equals(confirmation == null ? "" : confirmation.strip())) {
      Pages.error("delete:confirmation", "identity_profile.delete.confirm_error");
      return null;
    }
    authorization.require(current.get(), Permission.ACCOUNT_UPDATE, account);
    identity.delete(account.getId());
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    Pages.redirect("/index.xhtml?deleted=true");
    return null;
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  public GradeBand getGradeBand() {
    return gradeBand;
  }

  public void setGradeBand(GradeBand gradeBand) {
    this.gradeBand = gradeBand;
  }

  public GradeBand[] getGradeBands() {
    return GradeBand.values();
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
