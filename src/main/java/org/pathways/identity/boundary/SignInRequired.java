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
@WebFilter(urlPatterns = {"/identity/profile.xhtml", "/admin/*", "/learn/*"})
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
    String here =
        request.getServletPath()
            + (request.getQueryString() == null || !"GET".equals(request.getMethod())
                ? ""
                : "?" + request.getQueryString());
    response.sendRedirect(
        request.getContextPath()
            + "/identity/sign-in.xhtml?next="
            + URLEncoder.encode(here, StandardCharsets.UTF_8));
  }
}
