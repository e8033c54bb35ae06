package org.pathways.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An LMS registered by an administrator, known by its issuer and the client id it gave us. */
@Entity
@Table(name = "lti_platform")
@NamedQuery(
    name = LtiPlatform.BY_ISSUER,
    query = "select p from LtiPlatform p where p.issuer = :issuer order by p.createdAt")
@NamedQuery(name = LtiPlatform.ALL, query = "select p from LtiPlatform p order by p.createdAt")
public class LtiPlatform {

  public static final String BY_ISSUER = "LtiPlatform.byIssuer";
  public static final String ALL = "LtiPlatform.all";

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false, updatable = false)
  private String clientId;

  /** One per line: deployment ids never hold a line break (registration refuses them). */
  @Column(name = "deployment_ids", nullable = false, updatable = false)
  private String deploymentIds;

  @Column(name = "auth_login_url", nullable = false, updatable = false)
  private String authLoginUrl;

  @Column(name = "auth_token_url", nullable = false, updatable = false)
  private String authTokenUrl;

  @Column(name = "jwks_url", nullable = false, updatable = false)
  private String jwksUrl;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected LtiPlatform() {
    // for JPA
  }

  public LtiPlatform(PlatformRequest request, Instant at) {
    this.id = UUID.randomUUID();
    this.issuer = request.issuer.strip();
    this.clientId = request.clientId.strip();
    this.deploymentIds =
        String.join("\n", request.deploymentIds.stream().map(String::strip).toList());
    this.authLoginUrl = request.authLoginUrl.strip();
    this.authTokenUrl = request.authTokenUrl.strip();
    this.jwksUrl = request.jwksUrl.strip();
    this.createdAt = at;
  }

  /** Whether the platform registered this deployment. */
  public boolean deploys(String deploymentId) {
    return deploymentId != null && getDeploymentIds().contains(deploymentId);
  }

  /**
   * The origins (scheme, host, port) of the platform's issuer and login address: where its pages,
   * and so the frame around a launched Pathways page, are served from.
   */
  public List<String> origins() {
    return java.util.stream.Stream.of(issuer, authLoginUrl)
        .map(LtiPlatform::origin)
        .filter(origin -> !origin.isEmpty())
        .distinct()
        .toList();
  }

  /**
   * Who may frame a session launched from this platform: its own origins, and the origin of the
   * page the launch was posted from (a hosted LMS such as Canvas frames the tool on the district's
   * own host, which is neither its issuer nor its login address). The launch is verified and bound
   * to its browser by its state, so its {@code Origin} is the frame the reader is in; a value that
   * is not a plain origin is dropped later ({@code FrameAncestors.value}).
   */
  public List<String> framingOrigins(String postedFrom) {
    List<String> framing = new java.util.ArrayList<>(origins());
    if (postedFrom != null && !postedFrom.isBlank() && !"null".equals(postedFrom.strip())) {
      String origin = postedFrom.strip();
      if (!framing.contains(origin)) {
        framing.add(origin);
      }
    }
    return framing;
  }

  /** The origin (scheme, host, port) of an address, or empty. */
  public static String origin(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      return uri.getScheme().toLowerCase(java.util.Locale.ROOT)
          + "://"
          + uri.getHost().toLowerCase(java.util.Locale.ROOT)
          + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  public UUID getId() {
    return id;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public List<String> getDeploymentIds() {
    return Arrays.asList(deploymentIds.split("\n"));
  }

  public String getAuthLoginUrl() {
    return authLoginUrl;
  }

  public String getAuthTokenUrl() {
    return authTokenUrl;
  }

  public String getJwksUrl() {
    return jwksUrl;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
