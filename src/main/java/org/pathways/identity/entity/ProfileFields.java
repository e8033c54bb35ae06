package org.pathways.identity.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pathways.platform.control.UserText;

/**
 * The profile fields of an API body and their checks, shared by a sign-up and a profile change; a
 * base class rather than a nested object so that the JSON stays flat and each error names the field
 * itself ({@code name}, {@code zip}).
 */
public abstract class ProfileFields {

  @NotBlank(message = "{identity.name.required}")
  @Size(max = 120, message = "{identity.name.size}")
  private String name;

  @Size(max = 160, message = "{identity.school.size}")
  private String school;

  @Size(max = 160, message = "{identity.district.size}")
  private String district;

  @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{identity.state.invalid}")
  private String state;

  @Pattern(regexp = "^$|^\\d{5}(-\\d{4})?$", message = "{identity.zip.invalid}")
  private String zip;

  @Pattern(regexp = GradeBand.PATTERN, message = "{identity.grade_band.invalid}")
  private String gradeBand;

  protected ProfileFields() {
    // for JSON-B
  }

  protected ProfileFields(
      String name, String school, String district, String state, String zip, String gradeBand) {
    this.name = UserText.clean(name);
    this.school = school;
    this.district = district;
    this.state = state;
    this.zip = zip;
    this.gradeBand = gradeBand;
  }

  public String name() {
    return name;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = UserText.clean(name);
  }

  public String school() {
    return school;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String district() {
    return district;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String state() {
    return state;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String zip() {
    return zip;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  /**
   * The catalog's code of the grades they teach ({@code K-5}, {@code 6-8}, {@code 9-12}), or null.
   */
  public String gradeBand() {
    return gradeBand;
  }

  public String getGradeBand() {
    return gradeBand;
  }

  public void setGradeBand(String gradeBand) {
    this.gradeBand = gradeBand;
  }
}
