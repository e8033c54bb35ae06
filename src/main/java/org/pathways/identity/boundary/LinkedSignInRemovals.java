package org.pathways.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.UuidConverter;

/**
 * The profile's "Remove" of a sign-in with another account: a POST with the link's {@code id}, then
 * back to the profile. 401 for a visitor; 409 when it is not theirs or is their only way in.
 */
@WebServlet(name = "LinkedSignInRemovals", urlPatterns = "/identity/linked-sign-ins/remove")
public class LinkedSignInRemovals extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CurrentCaller current;
  @Inject LinkedSignIns linked;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = current.get();
    if (!caller.signedIn()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (!linked.remove(
        caller.id(), UuidConverter.parse(request.getParameter("id")), current.address())) {
      response.sendError(HttpServletResponse.SC_CONFLICT);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + IdentityLinks.PROFILE);
  }
}
