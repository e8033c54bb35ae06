package org.pathways.identity.boundary;

/**
 * The email and password fields of the sign-in and sign-up pages as Faces binds them ({@code
 * #{signInPage.credentials.email}}).
 */
public class CredentialsForm {

  private String email;
  private String password;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
