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
 * {@link PageSessions} has it live.
 */
@ApplicationScoped
public class PathwaysAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_ACCOUNT = "pathways.account";
  static final String SESSION_SINCE = "pathways.signedInAt";
  @Inject Identity identity;
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
    if (path.startsWith("/api/")) {
      return bearer(request, context);
    }
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/assets/")) {
      return context.doNothing();
    }
    return session(request, context);
  }

  private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return context.doNothing();
    }
    Optional<Map.Entry<UUID, Caller>> found = identity.callerForToken(header.substring(7));
    if (found.isEmpty()) {
      request.setAttribute(CurrentCaller.TOKEN_REFUSED, Boolean.TRUE);
      return context.doNothing();
    }
    request.setAttribute(CurrentCaller.TOKEN, found.get().getKey());
    return notify(request, context, found.get().getValue());
  }

  private AuthenticationStatus session(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_ACCOUNT) instanceof UUID account)) {
      return context.doNothing();
    }
    Object since = session.getAttribute(SESSION_SINCE);
    if (!(since instanceof Instant signedIn)
        || signedIn.plus(Duration.ofSeconds(absoluteSeconds)).isBefore(clock.instant())) {
      session.invalidate();
      return context.doNothing();
    }
    // Ended elsewhere (sign-out everywhere, a password reset or change, on any instance).
    if (!sessions.live(session, account)) {
      session.invalidate();
      return context.doNothing();
    }
    Optional<Caller> caller = identity.caller(account);
    if (caller.isEmpty()) {
      session.invalidate();
      return context.doNothing();
    }
    return notify(request, context, caller.get());
  }

  private static AuthenticationStatus notify(
      HttpServletRequest request, HttpMessageContext context, Caller caller) {
    request.setAttribute(CurrentCaller.CALLER, caller);
    Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(new CallerPrincipal(caller.id().toString()), groups);
  }
}
