package org.pathways.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.lti.entity.LtiPlatform;
import org.pathways.lti.entity.PlatformRequest;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.entity.Refusal;

/**
 * admin/lti.xhtml, "Connect your LMS": the values an LMS administrator enters for Pathways, the
 * registered platforms, and the form that registers one (administrators only).
 */
@Named
@RequestScoped
public class LtiAdminPage {

  @Inject LtiPlatforms platforms;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;
  @Inject PublicSite site;
  @Inject LtiGrades grades;

  private String issuer;
  private String clientId;
  private String deploymentIds;
  private String authLoginUrl;
  private String authTokenUrl;
  private String jwksUrl;
  private List<LtiPlatform> all;
  private LtiGrades.Standing standing;

  /** The view action, also on a postback: 403 for anyone but administrators. */
  public void load() {
    Pages.forbiddenUnless(authorization.administers(current.get()));
  }

  public String register() {
    if (Pages.answered()) {
      return null;
    }
    PlatformRequest form = new PlatformRequest();
    form.issuer = issuer;
    form.clientId = clientId;
    form.authLoginUrl = authLoginUrl;
    form.authTokenUrl = authTokenUrl;
    form.jwksUrl = jwksUrl;
    form.deploymentIds =
        deploymentIds == null
            ? List.of()
            : Arrays.stream(deploymentIds.split("\\R"))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .toList();
    try {
      platforms.register(current.get(), form, current.address());
      Pages.info("lti.admin.registered");
      Pages.redirect(LtiLinks.admin());
    } catch (Refusal refusal) {
      if (refusal.errors().isEmpty()) {
        Pages.refused(null, refusal);
      }
      for (Refusal.FieldError error : refusal.errors()) {
        Pages.errorText("platform:" + error.field(), Pages.format(error.message()));
      }
    }
    return null;
  }

  public String remove(UUID id) {
    if (Pages.answered()) {
      return null;
    }
    try {
      platforms.remove(current.get(), id, current.address());
      Pages.info("lti.admin.removed");
      Pages.redirect(LtiLinks.admin());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  /** The registered platforms; none for someone else. */
  /** Grade links, those waiting to be sent again, and the newest error. */
  public LtiGrades.Standing getGrades() {
    if (standing == null) {
      standing = grades.standing(current.get());
    }
    return standing;
  }

  public List<LtiPlatform> getPlatforms() {
    if (!authorization.administers(current.get())) {
      return List.of();
    }
    if (all == null) {
      all = platforms.all(current.get());
    }
    return all;
  }

  /** The address of one of the tool's endpoints, or empty while the public address is unset. */
  public String endpoint(String path) {
    return site.usable() ? site.link(path) : "";
  }

  public String getLoginUrl() {
    return endpoint(LtiEndpoints.LOGIN);
  }

  public String getLaunchUrl() {
    return endpoint(LtiEndpoints.LAUNCH);
  }

  public String getJwksUrl() {
    return endpoint(LtiEndpoints.JWKS);
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getAuthLoginUrl() {
    return authLoginUrl;
  }

  public void setAuthLoginUrl(String authLoginUrl) {
    this.authLoginUrl = authLoginUrl;
  }

  public String getAuthTokenUrl() {
    return authTokenUrl;
  }

  public void setAuthTokenUrl(String authTokenUrl) {
    this.authTokenUrl = authTokenUrl;
  }

  public String getPlatformJwksUrl() {
    return jwksUrl;
  }

  public void setPlatformJwksUrl(String jwksUrl) {
    this.jwksUrl = jwksUrl;
  }

  public String getDeploymentIds() {
    return deploymentIds;
  }

  public void setDeploymentIds(String deploymentIds) {
    this.deploymentIds = deploymentIds;
  }
}
