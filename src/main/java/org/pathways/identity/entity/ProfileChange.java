package org.pathways.identity.entity;

/**
 * What a teacher may change about themselves, as the API takes it. A class, not a record: Payara's
 * OpenAPI reader cannot read constraints on record components.
 */
public class ProfileChange extends ProfileFields {

  public ProfileChange() {
    // for JSON-B
  }

  public ProfileChange(
      String name, String school, String district, String state, String zip, String gradeBand) {
    super(name, school, district, state, zip, gradeBand);
  }
}
