package org.pathways.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks every request that the REST application serves, whatever spelling of its path reached it
 * ({@code //api/}, {@code /api;x=y/}, {@code /%61pi/}): from here on only a bearer token counts as
 * its caller, never the session cookie (so the API has no CSRF surface).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiRequests implements ContainerRequestFilter {

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    request.setAttribute(CurrentCaller.API, Boolean.TRUE);
  }
}
