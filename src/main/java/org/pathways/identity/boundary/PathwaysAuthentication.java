package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.entity.Caller;

/**
 * Who is calling: the API acts only on bearer tokens (never on the session cookie, so it has no
 * CSRF surface); pages act on the session that sign-in opened, for at most 12 hours and only while
 * {@link PageSessions} has it live. This finds both callers; which one counts is decided by what
 * serves the request ({@link CurrentCaller}, {@link ApiRequests}), never by how the path is
 * spelled.
 */
@ApplicationScoped
public class PathwaysAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_ACCOUNT = "pathways.account";
  static final String SESSION_SINCE = "pathways.signedInAt";
  @Inject Tokens tokens;
  @Inject Accounts accounts;
  @Inject PageSessions sessions;
  @Inject Clock clock;

  /** However active, a session ends this long after sign-in (12 hours). */
  @Inject
  @ConfigProperty(name = "pathways.session.absolute-seconds", defaultValue = "43200")
  long absoluteSeconds;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/assets/")) {
      return context.doNothing();
    }
    Caller bearer = bearer(request);
    // Only a shortcut: a session never counts on the API, however its path is spelled.
    Caller session = path.startsWith("/api/") ? null : session(request);
    Caller caller = bearer != null ? bearer : session;
    if (caller == null) {
      return context.doNothing();
    }
    Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(new CallerPrincipal(caller.id().toString()), groups);
  }

  private Caller bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    Optional<Map.Entry<UUID, Caller>> found = tokens.callerFor(header.substring(7));
    if (found.isEmpty()) {
      request.setAttribute(CurrentCaller.TOKEN_REFUSED, Boolean.TRUE);
      return null;
    }
    request.setAttribute(CurrentCaller.TOKEN, found.get().getKey());
    request.setAttribute(CurrentCaller.BEARER_CALLER, found.get().getValue());
    return found.get().getValue();
  }

  private Caller session(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_ACCOUNT) instanceof UUID account)) {
      return null;
    }
    Object since = session.getAttribute(SESSION_SINCE);
    if (!(since instanceof Instant signedIn)
        || signedIn.plus(Duration.ofSeconds(absoluteSeconds)).isBefore(clock.instant())) {
      session.invalidate();
      return null;
    }
    // Ended elsewhere (sign-out everywhere, a password reset or change, on any instance).
    if (!sessions.live(session, account)) {
      session.invalidate();
      return null;
    }
    Optional<Caller> caller = accounts.caller(account);
    if (caller.isEmpty()) {
      session.invalidate();
      return null;
    }
    request.setAttribute(CurrentCaller.SESSION_CALLER, caller.get());
    return caller.get();
  }
}
