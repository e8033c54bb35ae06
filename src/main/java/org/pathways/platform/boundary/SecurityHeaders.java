package org.pathways.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.pathways.platform.control.FrameAncestors;

/**
 * Security headers on every response. The policy allows no inline script or style: behaviour and
 * presentation live in files under {@code resources/}. Video plays from the site (a package's
 * clips) or in a frame from the two hosts a video step may name (see {@code
 * StepDetails.Video.EMBED}). HSTS (one year, subdomains of the public host included) goes out
 * whenever the site is published over HTTPS, also when a proxy terminates TLS and the platform
 * itself only sees plain HTTP. Nothing may frame a page, but the pages of a session an LTI launch
 * opened, which that LMS may frame ({@link FrameAncestors}).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "media-src 'self'",
          "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  private boolean publishedOverHttps;

  @Override
  public void init() {
    publishedOverHttps = PublicSite.configured().https();
  }

  /**
   * Lets these origins alone frame the response being written (a page that must show inside an
   * LMS's frame); without them the site's {@code 'none'} stays. X-Frame-Options cannot name an
   * origin and goes (browsers obey {@code frame-ancestors} over it).
   */
  public static void framedBy(HttpServletResponse response, java.util.List<String> origins) {
    FrameAncestors.Headers framing =
        FrameAncestors.headers(CONTENT_SECURITY_POLICY, FrameAncestors.value(origins), null);
    if (framing.frameOptions() == null && !response.isCommitted()) {
      response.setHeader("Content-Security-Policy", framing.contentSecurityPolicy());
      response.setHeader("X-Frame-Options", null);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Only the pages a launch leads to may be framed, and only in a session a launch opened.
    HttpSession session =
        FrameAncestors.launchedPage(
                request.getServletPath()
                    + (request.getPathInfo() == null ? "" : request.getPathInfo()))
            ? request.getSession(false)
            : null;
    FrameAncestors.Headers framing =
        FrameAncestors.headers(
            CONTENT_SECURITY_POLICY,
            session == null ? null : session.getAttribute(FrameAncestors.SESSION_ORIGINS),
            session == null ? null : session.getAttribute(FrameAncestors.SESSION_FORM_TARGETS));
    response.setHeader("Content-Security-Policy", framing.contentSecurityPolicy());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (framing.frameOptions() != null) {
      response.setHeader("X-Frame-Options", framing.frameOptions());
    }
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (publishedOverHttps || request.isSecure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    chain.doFilter(request, response);
  }
}
