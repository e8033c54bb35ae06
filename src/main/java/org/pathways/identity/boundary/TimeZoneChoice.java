package org.pathways.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pathways.identity.control.NextPage;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.Refusal;

/**
 * The layout's one question to a signed-in teacher whose profile has no time zone: a POST with the
 * {@code zone} they chose (the page's script preselects the browser's) or {@code keep} for UTC,
 * kept in their profile so that it is never asked again; back to the same page. 401 for a visitor,
 * 400 for a zone that is not an IANA region.
 */
@WebServlet(name = "TimeZoneChoice", urlPatterns = "/time-zone")
public class TimeZoneChoice extends HttpServlet {

  @Inject CurrentCaller current;
  @Inject Accounts accounts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = current.get();
    if (!caller.signedIn()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String zone = request.getParameter("keep") != null ? "UTC" : request.getParameter("zone");
    if (zone == null || zone.isBlank()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      accounts.prefer(caller.id(), null, zone);
    } catch (Refusal refusal) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + NextPage.safe(request.getParameter("back"), "/"));
  }
}
