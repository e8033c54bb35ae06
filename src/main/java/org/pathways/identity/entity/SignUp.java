package org.pathways.identity.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a teacher gives to open an account; school, district, state, ZIP and the grades they teach
 * are optional. A class, not a record: Payara's OpenAPI reader cannot read constraints on record
 * components.
 */
public class SignUp extends ProfileFields {

  @NotBlank(message = "{identity.email.required}")
  @Email(message = "{identity.email.invalid}")
  @Size(max = 254, message = "{identity.email.invalid}")
  private String email;

  @NotBlank(message = "{identity.password.required}")
  private String password;

  public SignUp() {
    // for JSON-B
  }

  public SignUp(
      String email,
      String password,
      String name,
      String school,
      String district,
      String state,
      String zip,
      String gradeBand) {
    super(name, school, district, state, zip, gradeBand);
    this.email = email;
    this.password = password;
  }

  public String email() {
    return email;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String password() {
    return password;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
