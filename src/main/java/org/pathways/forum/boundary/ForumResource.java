package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.forum.control.ForumText;
import org.pathways.forum.entity.EmailChoice;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;

/**
 * The rest of the forum's API: reports to moderate, search, the editor's preview, notifications,
 * the mail choice and the digests. Spaces, threads and posts have their own resources.
 */
@ApplicationScoped
@Path("forum")
@Produces(MediaType.APPLICATION_JSON)
public class ForumResource {

  @Inject Moderation moderation;
  @Inject ForumSearch search;
  @Inject ForumNotices notices;
  @Inject ForumSettings settings;
  @Inject ForumDigests digests;
  @Inject Authorization authorization;
  @Inject CurrentCaller caller;

  public record Preview(String body) {}

  public record Settings(String email) {}

  /** Moderators: the open reports of the spaces they moderate. */
  @GET
  @Path("reports")
  @Operation(summary = "Open reports of the spaces the caller moderates")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<Moderation.Report> reports() {
    return moderation.openReports(caller.get());
  }

  @GET
  @Path("search")
  @Operation(
      summary = "Search the threads and posts the caller may read",
      description = "Ranked, one page at a time (page, size): {items, page, size, total}.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public ResultPage<ForumSearch.Hit> search(
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return search.search(caller.get(), q, PageRequest.of(page, size));
  }

  /** The sanitized HTML a body will show as (for the editor's preview). */
  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Render a post's text as it would be shown")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, String> preview(Preview request) {
    authorization.requireSignedIn(caller.get());
    String body = ForumText.preview(request == null ? null : request.body());
    return Map.of("html", SafeHtml.fromUserMarkdown(body));
  }

  @GET
  @Path("notifications")
  @Operation(summary = "The caller's forum notifications")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<ForumNotices.Notice> notifications(@QueryParam("unread") Boolean unread) {
    return notices.notices(caller.get(), Boolean.TRUE.equals(unread));
  }

  @POST
  @Path("notifications/read")
  @Operation(summary = "Mark every notification read")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response notificationsRead() {
    notices.markAllRead(caller.get());
    return Response.noContent().build();
  }

  @GET
  @Path("settings")
  @Operation(summary = "The caller's forum mail choice")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Settings settings() {
    return new Settings(settings.choice(caller.get()).name());
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the caller's forum mail choice")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Settings choose(Settings chosen) {
    EmailChoice choice =
        EmailChoice.parse(chosen == null ? null : chosen.email())
            .orElseThrow(() -> Refusal.invalid("email", "forum.settings.invalid"));
    settings.choose(caller.get(), choice);
    return new Settings(choice.name());
  }

  /** Administrators: send the digests due now (the platform also does it every hour). */
  @POST
  @Path("digests")
  @Operation(
      summary = "Send the forum digests due now",
      description = "Administrators; the platform also does it every hour.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, Integer> digests() {
    Caller me = caller.get();
    authorization.requireSignedIn(me);
    if (!authorization.administers(me)) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "forum.digests.adminsOnly");
    }
    return Map.of("sent", digests.digest());
  }
}
