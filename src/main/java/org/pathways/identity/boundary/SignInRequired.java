package org.pathways.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Pages for signed-in people send everyone else to sign in, and back here afterwards. */
// The course page (/learning/course.xhtml) is public: visitors read the outline before enrolling.
@WebFilter(
    urlPatterns = {
      "/identity/profile.xhtml",
      "/admin/*",
      "/learning/index.xhtml",
      "/learning/step.xhtml",
      "/learning/certificate.xhtml",
      "/learning/certificate.pdf",
      "/reflection/*",
      "/facilitation/*",
      "/workshops/journey.xhtml",
      "/workshops/roster.xhtml",
      "/workshops/certificate.pdf",
      "/forum/*",
      "/partners/inquiries.xhtml",
      "/districts/*",
      "/manage/*",
      "/transcript/index.xhtml",
      "/transcript/transcript.csv",
      "/transcript/transcript.pdf"
    })
public class SignInRequired extends HttpFilter {

  @Inject CurrentCaller current;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (current.get().signedIn()) {
      response.setHeader("Cache-Control", "no-store");
      chain.doFilter(request, response);
      return;
    }
    String here = request.getServletPath() + query(request);
    response.sendRedirect(request.getContextPath() + IdentityLinks.signIn(here));
  }

  /**
   * The query that brings the teacher back to the same record: a GET's own, or for a form posted
   * after the session ended, the fields that name the record (the form's text is not kept here;
   * pages that hold long text keep a copy in the browser).
   */
  private static String query(HttpServletRequest request) {
    if ("GET".equals(request.getMethod())) {
      return request.getQueryString() == null ? "" : "?" + request.getQueryString();
    }
    StringBuilder query = new StringBuilder();
    for (String name :
        java.util.List.of(
            "slug", "course", "step", "enrollment", "id", "cohort", "key", "post", "page", "q")) {
      String value = request.getParameter(name);
      if (value != null && value.length() <= 200) {
        query
            .append(query.length() == 0 ? '?' : '&')
            .append(name)
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return query.toString();
  }
}
