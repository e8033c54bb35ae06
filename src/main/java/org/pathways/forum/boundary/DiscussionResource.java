package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;

/**
 * The discussion of a step: its thread, made when first asked for. Making it is idempotent and
 * carries no one's words (an empty thread titled after the step), so a GET may do it.
 */
@ApplicationScoped
@Path("courses/{slug}/steps/{stepKey}/discussion")
@Produces(MediaType.APPLICATION_JSON)
public class DiscussionResource {

  @Inject Forum forum;
  @Inject Discussions discussions;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context HttpServletRequest servlet;

  @GET
  @Operation(
      summary = "The discussion thread of a course step",
      description = "Created on first use.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public ForumViews.ThreadView discussion(
      @PathParam("slug") String slug,
      @PathParam("stepKey") String stepKey,
      @QueryParam("page") Integer page) {
    Caller me = caller.get();
    ForumThread thread = discussions.discussion(me, slug, stepKey);
    return ForumViews.thread(
        forum.thread(me, thread.getId(), page == null ? 0 : page),
        me,
        ProblemResponses.reader(headers, servlet));
  }
}
