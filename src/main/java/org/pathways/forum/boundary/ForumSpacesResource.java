package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.forum.boundary.ForumViews.SpaceView;
import org.pathways.forum.boundary.ForumViews.ThreadsView;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;

/** The forum's spaces and their threads (the Forum table of the API contract). */
@ApplicationScoped
@Path("forum/spaces")
@Produces(MediaType.APPLICATION_JSON)
public class ForumSpacesResource {

  @Inject Spaces spaces;
  @Inject Forum forum;
  @Inject Posting posting;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context HttpServletRequest servlet;
  @Context UriInfo uri;

  public record NewThread(String title, String body) {}

  @GET
  @Operation(summary = "List the spaces the caller may read")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<SpaceView> spaces() {
    return spaces.readable(caller.get()).stream().map(ForumViews::space).toList();
  }

  @GET
  @Path("{key}/threads")
  @Operation(
      summary = "A space's threads by latest activity",
      description = "One page at a time (page, size): {items, page, size, total} and the space.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public ThreadsView threads(
      @PathParam("key") String key,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return ForumViews.threads(forum.threads(caller.get(), key, PageRequest.of(page, size)));
  }

  @POST
  @Path("{key}/threads")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a thread in a space",
      description = "With its first post. Posting is limited per hour.")
  @APIResponse(responseCode = "201", description = "The thread with its first post")
  @APIResponse(responseCode = "429", description = "Too many posts; Retry-After says when")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response start(@PathParam("key") String key, NewThread request) {
    if (request == null) {
      throw Refusal.invalid("body", "forum.api.threadJson");
    }
    Caller me = caller.get();
    ForumThread thread = posting.start(me, key, request.title(), request.body());
    return Response.created(uri.getBaseUriBuilder().path("forum/threads/" + thread.getId()).build())
        .entity(
            ForumViews.thread(
                forum.thread(me, thread.getId(), 1), me, ProblemResponses.reader(headers, servlet)))
        .build();
  }
}
