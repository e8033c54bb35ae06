package org.pathways.identity.boundary;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathways.identity.control.NextPage;
import org.pathways.identity.control.OidcArrival;
import org.pathways.identity.control.OidcArrival.Decision;
import org.pathways.identity.control.OidcClient;
import org.pathways.identity.control.OidcStartThrottle;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.OidcAttempt;
import org.pathways.platform.boundary.Cookies;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.boundary.Readers;

/**
 * {@code GET /auth/oidc/{provider}} sends the browser to the provider with a new state, nonce and
 * PKCE challenge, kept server-side under a random key in a ten-minute HttpOnly cookie; {@code GET
 * /auth/oidc/{provider}/callback} takes that sign-in once, exchanges the code, checks the ID token
 * and signs in, links or makes the account ({@link OidcArrival}). Every refusal is the plain page
 * {@code identity/other-sign-in.xhtml} and an audit entry; no token or secret is logged.
 */
@WebServlet(name = "OidcCallbacks", urlPatterns = "/auth/oidc/*")
public class OidcCallbacks extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String COOKIE = "pathways_oidc";
  private static final String COOKIE_PATH = "/auth/oidc/";
  private static final Logger LOG = Logger.getLogger(OidcCallbacks.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OidcSignIns signIns;
  @Inject LinkedSignIns linked;
  @Inject MailedLinks mailedLinks;
  @Inject PageSessions sessions;
  @Inject CurrentCaller current;
  @Inject AuditTrail audit;
  @Inject PublicSite site;
  @Inject OidcStartThrottle throttle;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    // "/district" splits into "", "district"; "/district/callback" adds "callback".
    boolean callback = parts.length == 3 && "callback".equals(parts[2]);
    if (signIns.providers().isEmpty() || !(parts.length == 2 || callback)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<OidcClient> client = signIns.client(parts[1]);
    if (client.isEmpty()) {
      audit.record(null, "oidc.refused", null, "unknown provider", current.address());
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!site.usable()) {
      refuse(request, response, client.get(), "unavailable", "no public address");
      return;
    }
    if (callback) {
      callback(request, response, client.get());
    } else {
      start(request, response, client.get());
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response, OidcClient client)
      throws IOException {
    if (throttle.take(current.address()).isPresent()) {
      refuse(request, response, client, "too_many", "too many sign-ins started from the address");
      return;
    }
    OidcClient.Start start;
    try {
      start = client.start(callbackUri(client));
    } catch (OidcClient.Failure failure) {
      LOG.log(
          Level.WARNING,
          "OpenID Connect provider {0}: {1}",
          new Object[] {client.provider().name(), failure.getMessage()});
      refuse(request, response, client, "unavailable", failure.getMessage());
      return;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    linked.keep(
        key,
        client.provider().name(),
        start.state(),
        start.nonce(),
        start.codeVerifier(),
        NextPage.safe(request.getParameter("next"), null));
    cookie(response, key, (int) LinkedSignIns.ATTEMPT_LIFETIME.toSeconds());
    response.sendRedirect(start.redirect().toString());
  }

  private void callback(HttpServletRequest request, HttpServletResponse response, OidcClient client)
      throws IOException {
    String name = client.provider().name();
    Optional<OidcAttempt> attempt =
        linked.take(Cookies.value(request, COOKIE), name, request.getParameter("state"));
    cookie(response, "", 0);
    if (request.getParameter("error") != null) {
      refuse(
          request,
          response,
          client,
          "provider_error",
          "provider said " + request.getParameter("error"));
      return;
    }
    if (attempt.isEmpty()) {
      refuse(request, response, client, "state", "unknown, used or expired state");
      return;
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      refuse(request, response, client, "provider_error", "no code");
      return;
    }
    IDTokenClaimsSet verified;
    try {
      verified =
          client.finish(
              code, callbackUri(client), attempt.get().getCodeVerifier(), attempt.get().getNonce());
    } catch (OidcClient.Failure failure) {
      refuse(request, response, client, "token", failure.getMessage());
      return;
    }
    OidcArrival.Claims claims =
        new OidcArrival.Claims(
            verified.getSubject().getValue(),
            verified.getStringClaim("name"),
            verified.getStringClaim("given_name"),
            verified.getStringClaim("family_name"),
            verified.getStringClaim("email"),
            verified.getBooleanClaim("email_verified"));
    Caller caller = current.get();
    Decision decision;
    try {
      decision =
          linked.arrive(
              name,
              verified.getIssuer().getValue(),
              claims,
              caller.signedIn() ? Optional.of(caller.id()) : Optional.empty(),
              current.address(),
              Readers.pageLanguage(request));
    } catch (RuntimeException e) {
      // Two first sign-ins of the same provider account at once: the second meets the unique key.
      LOG.log(
          Level.WARNING,
          "OpenID Connect sign-in with {0} not recorded: {1}",
          new Object[] {name, e.getClass().getSimpleName()});
      refuse(request, response, client, "failed", e.getClass().getSimpleName());
      return;
    }
    switch (decision.kind()) {
      case SIGN_IN, CREATE -> {
        sessions.open(request, decision.account());
        audit.record(
            decision.account(),
            "signin.succeeded",
            decision.account().toString(),
            name,
            current.address());
        redirect(
            request, response, NextPage.safe(attempt.get().getNextPage(), IdentityLinks.PROFILE));
      }
      case LINK -> redirect(request, response, IdentityLinks.PROFILE);
      case EMAIL_TAKEN -> {
        // Never taken over by the email alone: its owner is mailed a link that adds this sign-in.
        boolean mailed =
            mailedLinks.offer(
                claims.verifiedEmail().orElseThrow(),
                name,
                client.provider().label(),
                verified.getIssuer().getValue(),
                claims.subject(),
                site.link(IdentityLinks.MAILED_LINK + "?token="),
                current.address());
        refuse(
            request,
            response,
            client,
            mailed ? "email_taken_mailed" : "email_taken",
            "email of another account");
      }
      case NO_VERIFIED_EMAIL ->
          refuse(request, response, client, "no_verified_email", "no verified email");
      case DISTRICT_PROVIDER ->
          refuse(
              request,
              response,
              client,
              "district",
              "district requires " + decision.name(),
              "&provider=" + decision.name());
    }
  }

  private URI callbackUri(OidcClient client) {
    return URI.create(site.link("/auth/oidc/" + client.provider().name() + "/callback"));
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      OidcClient client,
      String problem,
      String detail)
      throws IOException {
    refuse(request, response, client, problem, detail, "");
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      OidcClient client,
      String problem,
      String detail,
      String more)
      throws IOException {
    UUID actor = current.get().signedIn() ? current.get().id() : null;
    audit.record(
        actor,
        "oidc.refused",
        null,
        client.provider().name() + ": " + problem + ": " + detail,
        current.address());
    redirect(request, response, "/identity/other-sign-in.xhtml?problem=" + problem + more);
  }

  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + path);
  }

  private void cookie(HttpServletResponse response, String value, int maxAge) {
    response.addHeader(
        "Set-Cookie",
        COOKIE
            + "="
            + value
            + "; Path="
            + COOKIE_PATH
            + "; Max-Age="
            + maxAge
            + "; HttpOnly; SameSite=Lax"
            + (site.address().https() ? "; Secure" : ""));
  }
}
