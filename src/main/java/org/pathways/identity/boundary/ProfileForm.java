package org.pathways.identity.boundary;

import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.GradeBand;

/**
 * The profile fields of the sign-up and profile pages as Faces binds them ({@code
 * #{signUpPage.profile.name}}); the pages' own validators check them, the facade again.
 */
public class ProfileForm {

  private String name;
  private String school;
  private String district;
  private String state;
  private String zip;
  private GradeBand gradeBand;

  /** The fields as the account has them now. */
  static ProfileForm of(Account account) {
    ProfileForm form = new ProfileForm();
    form.name = account.getName();
    form.school = account.getSchool();
    form.district = account.getDistrict();
    form.state = account.getState();
    form.zip = account.getZip();
    form.gradeBand = account.getGradeBand();
    return form;
  }

  Account.Profile profile() {
    return new Account.Profile(name, school, district, state, zip, gradeBand);
  }

  /** The catalog's code of the grades they teach, or null. */
  String gradeBandCode() {
    return gradeBand == null ? null : gradeBand.code();
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
}
