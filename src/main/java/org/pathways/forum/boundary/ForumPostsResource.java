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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.forum.boundary.ForumViews.PostView;
import org.pathways.forum.entity.ForumPost;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.entity.Refusal;

/** One post: editing, deleting, its history, reports, and hiding by moderators. */
@ApplicationScoped
@Path("forum/posts")
@Produces(MediaType.APPLICATION_JSON)
public class ForumPostsResource {

  @Inject Posting posting;
  @Inject ForumAccess access;
  @Inject PostHistory history;
  @Inject Moderation moderation;
  @Inject Accounts accounts;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context HttpServletRequest servlet;

  public record ReportRequest(String reason) {}

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit a post", description = "Only its author or a moderator.")
  @APIResponse(
      responseCode = "409",
      description = "The thread is locked, or the space is archived (its cohort is closed)")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public PostView edit(@PathParam("id") UUID id, ForumThreadsResource.NewPost request) {
    if (request == null) {
      throw Refusal.invalid("body", "forum.api.postJson");
    }
    Caller me = caller.get();
    return shown(me, posting.edit(me, id, request.body()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a post", description = "Its author or a moderator.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response delete(@PathParam("id") UUID id) {
    posting.delete(caller.get(), id);
    return Response.noContent().build();
  }

  /** The earlier texts of an edited post, newest first. */
  @GET
  @Path("{id}/history")
  @Operation(summary = "A post's earlier versions")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<ForumViews.VersionView> history(@PathParam("id") UUID id) {
    return history.history(caller.get(), id).stream().map(ForumViews::version).toList();
  }

  @POST
  @Path("{id}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Report a post to the moderators",
      description = "Reports per day are limited.")
  @APIResponse(responseCode = "201", description = "The report was filed")
  @APIResponse(responseCode = "429", description = "Too many reports today")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response report(@PathParam("id") UUID id, ReportRequest request) {
    UUID report = moderation.report(caller.get(), id, request == null ? null : request.reason());
    return Response.status(201).entity(Map.of("id", report.toString())).build();
  }

  /** Moderators: hide a post from readers. */
  @PUT
  @Path("{id}/hidden")
  @Operation(summary = "Hide a post (moderators)")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public PostView hide(@PathParam("id") UUID id) {
    Caller me = caller.get();
    return shown(me, moderation.hide(me, id, true));
  }

  /** Moderators: show a hidden post again. */
  @DELETE
  @Path("{id}/hidden")
  @Operation(summary = "Show a hidden post again (moderators)")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public PostView restore(@PathParam("id") UUID id) {
    Caller me = caller.get();
    return shown(me, moderation.hide(me, id, false));
  }

  private PostView shown(Caller me, ForumPost post) {
    return ForumViews.post(
        post, authorOf(post), access.access(me, post), ProblemResponses.reader(headers, servlet));
  }

  private Map<UUID, String> authorOf(ForumPost post) {
    UUID author = post.getAuthorId();
    return author == null
        ? Map.of()
        : accounts.account(author).map(a -> Map.of(author, a.getName())).orElse(Map.of());
  }
}
