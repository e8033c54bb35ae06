package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.forum.boundary.ForumViews.ThreadSummary;
import org.pathways.forum.boundary.ForumViews.ThreadView;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.entity.ForumPost;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.Idempotent;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.boundary.UuidConverter;
import org.pathways.platform.entity.Refusal;

/** A thread: its posts by page, replies, read marks, following, and moderation. */
@ApplicationScoped
@Path("forum/threads")
@Produces(MediaType.APPLICATION_JSON)
public class ForumThreadsResource {

  @Inject Forum forum;
  @Inject Posting posting;
  @Inject ReadMarks marks;
  @Inject Follows follows;
  @Inject Moderation moderation;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context HttpServletRequest servlet;
  @Context UriInfo uri;

  public record NewPost(String body, String quote) {}

  public record ReadRequest(Integer number) {}

  @GET
  @Path("{id}")
  @Operation(
      summary = "A thread with one page of its posts",
      description =
          "Post text (html) is sanitized. Pages (page, size) count from 1; page 0 is the last.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public ThreadView thread(
      @PathParam("id") UUID id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Caller me = caller.get();
    return ForumViews.thread(
        forum.thread(me, id, page == null ? 1 : page, size),
        me,
        ProblemResponses.reader(headers, servlet));
  }

  @POST
  @Path("{id}/posts")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reply to a thread", description = "Posting is limited per hour.")
  @APIResponse(responseCode = "201", description = "The new post")
  @APIResponse(responseCode = "409", description = "The thread is locked")
  @APIResponse(responseCode = "429", description = "Too many posts; Retry-After says when")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response reply(@PathParam("id") UUID id, NewPost request) {
    if (request == null) {
      throw Refusal.invalid("body", "forum.api.postJson");
    }
    Caller me = caller.get();
    ForumPost post = posting.reply(me, id, request.body(), UuidConverter.parse(request.quote()));
    return Response.created(uri.getBaseUriBuilder().path("forum/posts/" + post.getId()).build())
        .entity(
            ForumViews.post(
                post,
                Map.of(me.id(), me.name()),
                PostAccess.of(post, me.id(), false),
                ProblemResponses.reader(headers, servlet)))
        .build();
  }

  /** Moderators: lock, pin or move a thread ({@code {locked?, pinned?, space?}}). */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lock, pin or move a thread (moderators)")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public ThreadSummary moderate(@PathParam("id") UUID id, Moderation.ThreadChange change) {
    if (change == null) {
      throw Refusal.invalid("body", "forum.api.changeJson");
    }
    return ForumViews.summary(moderation.change(caller.get(), id, change), 0);
  }

  /** Remembers how far the caller has read the thread (the page's script sends it). */
  @POST
  @Path("{id}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remember how far the caller has read a thread")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response read(@PathParam("id") UUID id, ReadRequest request) {
    marks.read(
        caller.get(), id, request == null || request.number() == null ? 0 : request.number());
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/follow")
  @Operation(summary = "Follow a thread")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response follow(@PathParam("id") UUID id) {
    follows.follow(caller.get(), id, true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/follow")
  @Operation(summary = "Stop following a thread")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response unfollow(@PathParam("id") UUID id) {
    follows.follow(caller.get(), id, false);
    return Response.noContent().build();
  }
}
