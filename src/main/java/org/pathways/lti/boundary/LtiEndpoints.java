package org.pathways.lti.boundary;

import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCResponseTypeValue;
import com.nimbusds.openid.connect.sdk.Prompt;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.lti.entity.LtiPlatform;
import org.pathways.platform.boundary.Cookies;
import org.pathways.platform.boundary.PublicSite;

/**
 * The LTI 1.3 tool's endpoints. {@code GET}/{@code POST /lti/login}: third-party-initiated login;
 * the platform must be registered (issuer, client id, deployment), the state and nonce are kept
 * server-side under a random key in a ten-minute HttpOnly cookie, and the browser goes to the
 * platform's login address. {@code POST /lti/launch}: the launch ({@link LtiLaunches}). {@code GET
 * /lti/jwks}: the tool's public keys. Every refusal is the plain page {@code lti/refused.xhtml} and
 * an audit entry; no token is logged.
 *
 * <p>The cookie is {@code SameSite=None; Secure} when the site is published over https, since the
 * launch is a cross-site form post from the LMS (often inside its iframe); over plain http (a
 * developer's machine, the tests) browsers refuse {@code SameSite=None} without {@code Secure}, so
 * it is {@code SameSite=Lax} there, which serves a platform on the same host.
 */
@WebServlet(
    name = "LtiEndpoints",
    urlPatterns = {LtiEndpoints.LOGIN, LtiEndpoints.LAUNCH, LtiEndpoints.JWKS})
public class LtiEndpoints extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String LOGIN = "/lti/login";
  static final String LAUNCH = "/lti/launch";
  static final String JWKS = "/lti/jwks";
  static final String COOKIE = "pathways_lti";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject LtiPlatforms platforms;
  @Inject LtiLaunches launches;
  @Inject ToolKeys keys;
  @Inject AuditTrail audit;
  @Inject CurrentCaller current;
  @Inject PublicSite site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    switch (request.getServletPath()) {
      case LOGIN -> login(request, response);
      case JWKS -> jwks(response);
      default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    switch (request.getServletPath()) {
      case LOGIN -> login(request, response);
      case LAUNCH -> {
        String key = Cookies.value(request, COOKIE);
        cookie(response, "", 0);
        launches.launch(request, response, key);
      }
      default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
  }

  private void jwks(HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(keys.publicKeys());
  }

  private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!site.usable()) {
      refuse(request, response, "unavailable", "no public address");
      return;
    }
    String issuer = request.getParameter("iss");
    Optional<LtiPlatform> found = platforms.platform(issuer, request.getParameter("client_id"));
    if (found.isEmpty()) {
      refuse(request, response, "platform", "login from an unregistered issuer or client");
      return;
    }
    LtiPlatform platform = found.get();
    String deployment = request.getParameter("lti_deployment_id");
    if (deployment != null && !platform.deploys(deployment)) {
      refuse(request, response, "deployment", "login for an unregistered deployment");
      return;
    }
    String loginHint = request.getParameter("login_hint");
    String target = request.getParameter("target_link_uri");
    if (loginHint == null || loginHint.isBlank() || target == null || !ours(target)) {
      refuse(request, response, "login", "no login hint, or a target outside this site");
      return;
    }
    State state = new State();
    Nonce nonce = new Nonce();
    AuthenticationRequest.Builder redirect =
        new AuthenticationRequest.Builder(
                new ResponseType(OIDCResponseTypeValue.ID_TOKEN),
                new Scope("openid"),
                new ClientID(platform.getClientId()),
                URI.create(site.link(LAUNCH)))
            .endpointURI(URI.create(platform.getAuthLoginUrl()))
            .responseMode(ResponseMode.FORM_POST)
            .prompt(new Prompt(Prompt.Type.NONE))
            .loginHint(loginHint)
            .state(state)
            .nonce(nonce);
    String messageHint = request.getParameter("lti_message_hint");
    if (messageHint != null) {
      redirect.customParameter("lti_message_hint", messageHint);
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    platforms.keep(key, platform.getId(), state.getValue(), nonce.getValue());
    cookie(response, key, (int) LtiPlatforms.ATTEMPT_LIFETIME.toSeconds());
    response.sendRedirect(redirect.build().toURI().toString());
  }

  /** Whether the launch is meant for this site (its public address starts the target). */
  private boolean ours(String target) {
    String root = site.root();
    return target.equals(root) || target.startsWith(root + "/");
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, String problem, String detail) {
    audit.record(null, "lti.refused", null, problem + ": " + detail, current.address());
    LtiLaunches.redirect(request, response, LtiLinks.refused(problem, null));
  }

  private void cookie(HttpServletResponse response, String value, int maxAge) {
    boolean https = site.usable() && site.address().https();
    response.addHeader(
        "Set-Cookie",
        COOKIE
            + "="
            + value
            + "; Path=/lti/; Max-Age="
            + maxAge
            + "; HttpOnly"
            + (https ? "; SameSite=None; Secure" : "; SameSite=Lax"));
  }
}
