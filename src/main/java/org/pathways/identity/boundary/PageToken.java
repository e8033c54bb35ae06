package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.pathways.identity.entity.ApiToken;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.IssuedToken;

/**
 * The bearer token a signed-in page carries for its own scripts ({@code <meta
 * name="pathways-token">}): short-lived, issued once per session and renewed while the session
 * lives, revoked at sign-out. Empty for visitors.
 */
@Named("pageToken")
@RequestScoped
public class PageToken {

  static final String SESSION_TOKEN = "pathways.pageToken";

  /** A token with less than this left is replaced, so that a page opened now can use it a while. */
  private static final Duration RENEW_BEFORE = Duration.ofMinutes(10);

  @Inject HttpServletRequest request;
  @Inject CurrentCaller current;
  @Inject Tokens tokens;
  @Inject Clock clock;

  private String value;

  public String getValue() {
    if (value == null) {
      value = resolve();
    }
    return value;
  }

  private String resolve() {
    Caller caller = current.get();
    HttpSession session = request.getSession(false);
    if (!caller.signedIn() || session == null) {
      return "";
    }
    Object held = session.getAttribute(SESSION_TOKEN);
    if (held instanceof IssuedToken token
        && token.expiresAt().isAfter(clock.instant().plus(RENEW_BEFORE))) {
      return token.token();
    }
    IssuedToken fresh = tokens.issue(caller.id(), ApiToken.Purpose.PAGE);
    session.setAttribute(SESSION_TOKEN, fresh);
    if (held instanceof IssuedToken old) {
      tokens.revoke(old.id(), caller.id());
    }
    return fresh.token();
  }

  /** Revokes the session's page token, at sign-out. */
  static void revoke(HttpSession session, Tokens tokens, java.util.UUID account) {
    if (session != null && session.getAttribute(SESSION_TOKEN) instanceof IssuedToken token) {
      tokens.revoke(token.id(), account);
    }
  }

  /** Drops the session's page token (already revoked), so that the next page issues a new one. */
  static void forget(HttpSession session) {
    if (session != null) {
      session.removeAttribute(SESSION_TOKEN);
    }
  }
}
