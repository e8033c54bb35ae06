package org.pathways.identity.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a teacher may change about themselves, as the API takes it. A class, not a record: Payara's
 * OpenAPI reader cannot read constraints on record components.
 */
public class ProfileChange extends ProfileFields {

  /** The language they read, {@code en} or {@code es}; left as it is when absent. */
  @Pattern(regexp = "^(en|es)$", message = "{identity.language.invalid}")
  private String language;

  /** Their IANA time zone ({@code America/Chicago}); left as it is when absent. */
  @Size(max = 64, message = "{identity.time_zone.invalid}")
  private String timeZone;

  public ProfileChange() {
    // for JSON-B
  }

  public ProfileChange(
      String name, String school, String district, String state, String zip, String gradeBand) {
    super(name, school, district, state, zip, gradeBand);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
