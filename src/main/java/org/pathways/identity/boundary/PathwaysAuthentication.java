package org.pathways.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.Readers;

/**
 * Who is calling: the API acts only on bearer tokens (never on the session cookie, so it has no
 * CSRF surface); pages act on the session that sign-in opened, for at most 12 hours and only while
 * {@link PageSessions} has it live. This finds both callers; which one counts is decided by what
 * serves the request ({@link CurrentCaller}, {@link ApiRequests}), never by how the path is
 * spelled.
 *
 * <p>A servlet filter, first after the security headers (web.xml orders it), not a Jakarta Security
 * authentication mechanism: nothing asks the container who the caller is (no {@code RolesAllowed},
 * no security constraints; {@link Authorization} decides), and the mechanism's bridge into the
 * container cost 14% of the step view's time in a profile (#18).
 */
@WebFilter(filterName = "PathwaysAuthentication", urlPatterns = "/*", asyncSupported = true)
public class PathwaysAuthentication extends HttpFilter {

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
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/assets/")) {
      Caller bearer = bearer(request);
      // Only a shortcut: a session never counts on the API, however its path is spelled.
      Caller reader = path.startsWith("/api/") ? bearer : session(request);
      if (reader != null) {
        Readers.profile(request, reader.language(), reader.timeZone());
      }
    }
    chain.doFilter(request, response);
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
