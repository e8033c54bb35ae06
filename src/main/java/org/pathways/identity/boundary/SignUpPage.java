package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.pathways.identity.control.NextPage;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.GradeBand;
import org.pathways.identity.entity.SignUp;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** identity/sign-up.xhtml: a teacher opens an account and is signed in. */
@Named
@RequestScoped
public class SignUpPage {

  @Inject Accounts accounts;
  @Inject PageSessions sessions;
  @Inject CurrentCaller current;
  @Inject Passwords passwords;

  private String name;
  private String email;
  private String password;
  private String school;
  private String district;
  private String state;
  private String zip;
  private GradeBand gradeBand;
  private String next;

  public String signUp() {
    Optional<Passwords.Problem> problem = passwords.problem(password);
    if (problem.isPresent()) {
      Pages.error("sign-up:password", problem.get().key());
      return null;
    }
    try {
      Account account =
          accounts.signUp(
              new SignUp(
                  email,
                  password,
                  name,
                  school,
                  district,
                  state,
                  zip,
                  gradeBand == null ? null : gradeBand.code()),
              current.address());
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      sessions.open(request, account.getId());
      // A new teacher came to learn: their first page is where to start, not the profile form
      // (unless they came from a page of this site, such as an invitation, that asked to return).
      Pages.info("identity.sign_up.welcome");
      Pages.redirect(NextPage.safe(next, "/learning/index.xhtml"));
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.TOO_MANY) {
        Pages.refused(null, refusal);
        return null;
      }
      Pages.error(
          refusal.kind() == Refusal.Kind.CONFLICT ? "sign-up:email" : null,
          refusal.kind() == Refusal.Kind.CONFLICT
              ? "identity.sign_up.error.email_in_use"
              : "identity.sign_up.error.invalid");
    } catch (jakarta.validation.ConstraintViolationException invalid) {
      Pages.error(null, "identity.sign_up.error.invalid");
    }
    return null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

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

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public GradeBand[] getGradeBands() {
    return GradeBand.values();
  }
}
