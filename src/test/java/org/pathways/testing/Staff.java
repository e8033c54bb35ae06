package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The people and places the staff tests start from, made through the API the way staff make them
 * (as the administrator of {@link DeployedPlatform}): accounts with roles, cohorts whose
 * facilitator accepted the mailed invitation, partner districts and their managers.
 */
public final class Staff {

  private final Api api;
  private final DataSource database;
  private final String admin;

  public Staff(Api api, DataSource database) {
    this.api = api;
    this.database = database;
    this.admin = api.token(DeployedPlatform.ADMIN, DeployedPlatform.ADMIN_PASSWORD);
  }

  /** The administrator's token. */
  public String admin() {
    return admin;
  }

  /** A signed-up teacher who also holds these roles, with a token that carries them. */
  public Api.Person withRoles(String name, String... roles) {
    Api.Person person = api.signUp(name);
    JsonArrayBuilder list = Json.createArrayBuilder().add("TEACHER");
    for (String role : roles) {
      list.add(role);
    }
    Api.Answer given =
        api.call(
            "PUT",
            "/api/users/" + person.id() + "/roles",
            Api.object("roles", list.build()),
            admin);
    assertThat(given.status()).as(given.body()).isEqualTo(200);
    return fresh(person);
  }

  /** A cohort of this course whose facilitator accepted the mailed invitation; its JSON. */
  public JsonObject cohort(String name, String district, String course, Api.Person facilitator) {
    Api.Answer created =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                name,
                "district",
                district,
                "course",
                course,
                "facilitators",
                Json.createArrayBuilder().add(facilitator.email()).build()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    MailedLinks.acceptInvitation(database, api, facilitator);
    return created.json();
  }

  /** A partner district of this name, made as staff make one: an inquiry marked PARTNER. */
  public String partnerDistrict(String name) {
    Api.Answer asked =
        api.call(
            "POST",
            "/api/partnership-inquiries",
            Api.object(
                "district",
                name,
                "state",
                "CO",
                "contactName",
                "Dana District",
                "contactEmail",
                "c@d.test",
                "contactRole",
                "Curriculum director",
                "gradeBands",
                Json.createArrayBuilder().add("MS").add("HS").build()),
            null);
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    Api.Answer partner =
        api.call(
            "PUT",
            "/api/partnership-inquiries/" + asked.json().getString("id"),
            Api.object("status", "PARTNER"),
            admin);
    assertThat(partner.status()).as(partner.body()).isEqualTo(200);
    return partner.json().getString("districtId");
  }

  /** A district's whole list of managers, set by the administrator. */
  public Api.Answer setManagers(String district, String... emails) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String email : emails) {
      list.add(email);
    }
    return api.call(
        "PUT",
        "/api/districts/" + district + "/managers",
        Api.object("emails", list.build()),
        admin);
  }

  /** Someone invited to manage this district who accepted the mailed invitation; a fresh token. */
  public Api.Person districtManager(String district, String name) {
    Api.Person person = api.signUp(name);
    Api.Answer set = setManagers(district, person.email());
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    MailedLinks.acceptInvitation(database, api, person);
    return fresh(person);
  }

  /** A unique suffix for names that must not clash between tests. */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private Api.Person fresh(Api.Person person) {
    return new Api.Person(
        person.id(),
        person.email(),
        person.password(),
        person.name(),
        api.token(person.email(), person.password()));
  }
}
