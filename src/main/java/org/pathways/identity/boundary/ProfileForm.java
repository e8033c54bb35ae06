package org.pathways.identity.boundary;

import jakarta.faces.model.SelectItem;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.GradeBand;
import org.pathways.platform.control.TimeZones;

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
  private String language;
  private String timeZone;
  private boolean zoneGiven = true;

  /** The fields as the account has them now. */
  static ProfileForm of(Account account) {
    ProfileForm form = new ProfileForm();
    form.name = account.getName();
    form.school = account.getSchool();
    form.district = account.getDistrict();
    form.state = account.getState();
    form.zip = account.getZip();
    form.gradeBand = account.getGradeBand();
    form.language = account.getLanguage() == null ? null : account.getLanguage().getLanguage();
    form.zoneGiven = account.getTimeZone() != null;
    form.timeZone = form.zoneGiven ? TimeZones.name(account.getTimeZone()) : "UTC";
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

  /** The language they read ({@code en}, {@code es}), or null when they never chose. */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * Whether they gave a time zone: when not, the list shows UTC and the page's script chooses the
   * browser's zone instead, for them to save.
   */
  public boolean isZoneGiven() {
    return zoneGiven;
  }

  /** Their IANA time zone ({@code UTC} when they never gave one). */
  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /**
   * The zones to choose from, named in the reader's language ("Central Time (America/Chicago)"):
   * the ones where the program's teachers live, and theirs when it is another.
   */
  public List<SelectItem> zones(Locale reader) {
    return zoneChoices(reader, timeZone);
  }

  /** The zones where the program's teachers live, and {@code current} when it is another. */
  static List<SelectItem> zoneChoices(Locale reader, String current) {
    List<ZoneId> zones = new ArrayList<>(TimeZones.COMMON);
    TimeZones.of(current).filter(zone -> !zones.contains(zone)).ifPresent(zones::add);
    return zones.stream()
        .map(
            zone ->
                new SelectItem(
                    TimeZones.name(zone),
                    zone.getDisplayName(TextStyle.FULL, reader)
                        + " ("
                        + TimeZones.name(zone)
                        + ")"))
        .toList();
  }
}
