package org.pathways.identity.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An email and a password, as typed at sign-in. A class, not a record: Payara's OpenAPI reader
 * cannot read constraints on record components.
 */
public class Credentials {

  @NotBlank(message = "{identity.email.required}")
  @Size(max = 254, message = "{identity.email.invalid}")
  private String email;

  @NotBlank(message = "{identity.password.required}")
  @Size(max = 512, message = "{identity.password.size}")
  private String password;

  public Credentials() {
    // for JSON-B
  }

  public Credentials(String email, String password) {
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
