package org.pathways.forum.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.forum.entity.SpaceKind;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.control.UserText;
import org.pathways.platform.entity.Refusal;

/** The community forum (the Forum table of the API contract, and its extensions). */
@Path("forum")
@Produces(MediaType.APPLICATION_JSON)
public class ForumResource {

  @Inject Forum forum;
  @Inject Spaces spaces;
  @Inject Moderation moderation;
  @Inject ForumSearch search;
  @Inject ForumNotices notices;
  @Inject CurrentCaller caller;
  @Inject org.pathways.identity.boundary.Accounts accounts;
  @Context UriInfo uri;

  public record SpaceView(String key, String title, String description, SpaceKind kind) {}

  public record ThreadSummary(
      String id,
      String space,
      String title,
      boolean pinned,
      boolean locked,
      int posts,
      int unread,
      Instant lastPostAt,
      String step) {}

  public record ThreadsView(SpaceView space, List<ThreadSummary> threads, int page, boolean more) {}

  public record PostView(
      String id,
      int number,
      String author,
      String authorId,
      String body,
      String html,
      Instant createdAt,
      Instant editedAt,
      boolean deleted,
      boolean hidden) {}

  public record ThreadView(
      String id,
      String space,
      String title,
      boolean locked,
      boolean pinned,
      boolean following,
      boolean moderator,
      int page,
      int pages,
      int lastRead,
      List<PostView> posts) {}

  public record NewThread(String title, String body) {}

  public record NewPost(String body, String quote) {}

  public record ReportRequest(String reason) {}

  public record Preview(String body) {}

  public record ReadRequest(Integer number) {}

  public record Settings(String email) {}

  @GET
  @Path("spaces")
  public List<SpaceView> spaces() {
    return spaces.readable(caller.get()).stream().map(ForumResource::view).toList();
  }

  @GET
  @Path("spaces/{key}/threads")
  public ThreadsView threads(@PathParam("key") String key, @QueryParam("page") Integer page) {
    Forum.ThreadPage found = forum.threads(caller.get(), key, page == null ? 1 : page);
    return new ThreadsView(
        view(found.space()),
        found.threads().stream()
            .map(t -> summary(t, found.unread().getOrDefault(t.getId(), 0)))
            .toList(),
        found.page(),
        found.more());
  }

  @POST
  @Path("spaces/{key}/threads")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("key") String key, NewThread request) {
    if (request == null) {
      throw Refusal.invalid("body", "Send the thread as JSON: {\"title\": ..., \"body\": ...}.");
    }
    Caller me = caller.get();
    ForumThread thread = forum.start(me, key, request.title(), request.body());
    return Response.created(uri.getBaseUriBuilder().path("forum/threads/" + thread.getId()).build())
        .entity(thread(me, thread.getId(), 1))
        .build();
  }

  @GET
  @Path("threads/{id}")
  public ThreadView thread(@PathParam("id") String id, @QueryParam("page") Integer page) {
    return thread(caller.get(), uuid(id), page == null ? 1 : page);
  }

  ThreadView thread(Caller me, UUID id, int page) {
    return thread(forum, me, id, page);
  }

  /** A page of a thread as the API shows it to the caller. */
  static ThreadView thread(Forum forum, Caller me, UUID id, int page) {
    Forum.PostPage found = forum.thread(me, id, page);
    return new ThreadView(
        found.thread().getId().toString(),
        found.thread().getSpaceKey(),
        found.thread().getTitle(),
        found.thread().isLocked(),
        found.thread().isPinned(),
        found.following(),
        found.moderator(),
        found.page(),
        found.pages(),
        found.lastRead(),
        found.posts().stream()
            .map(p -> post(p, found.authors(), PostAccess.of(p, me.id(), found.moderator())))
            .toList());
  }

  @POST
  @Path("threads/{id}/posts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reply(@PathParam("id") String id, NewPost request) {
    if (request == null) {
      throw Refusal.invalid("body", "Send the post as JSON: {\"body\": ...}.");
    }
    Caller me = caller.get();
    ForumPost post =
        forum.reply(
            me, uuid(id), request.body(), request.quote() == null ? null : uuid(request.quote()));
    return Response.created(uri.getBaseUriBuilder().path("forum/posts/" + post.getId()).build())
        .entity(post(post, Map.of(me.id(), me.name()), PostAccess.of(post, me.id(), false)))
        .build();
  }

  /** Moderators: lock, pin or move a thread ({@code {locked?, pinned?, space?}}). */
  @PUT
  @Path("threads/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ThreadSummary moderate(@PathParam("id") String id, Moderation.ThreadChange change) {
    if (change == null) {
      throw Refusal.invalid("body", "Send {\"locked\", \"pinned\" or \"space\"}.");
    }
    return summary(moderation.change(caller.get(), uuid(id), change), 0);
  }

  /** Remembers how far the caller has read the thread (the page's script sends it). */
  @POST
  @Path("threads/{id}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response read(@PathParam("id") String id, ReadRequest request) {
    forum.read(
        caller.get(), uuid(id), request == null || request.number() == null ? 0 : request.number());
    return Response.noContent().build();
  }

  @PUT
  @Path("threads/{id}/follow")
  public Response follow(@PathParam("id") String id) {
    forum.follow(caller.get(), uuid(id), true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("threads/{id}/follow")
  public Response unfollow(@PathParam("id") String id) {
    forum.follow(caller.get(), uuid(id), false);
    return Response.noContent().build();
  }

  @PUT
  @Path("posts/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PostView edit(@PathParam("id") String id, NewPost request) {
    if (request == null) {
      throw Refusal.invalid("body", "Send the post as JSON: {\"body\": ...}.");
    }
    Caller me = caller.get();
    ForumPost post = forum.edit(me, uuid(id), request.body());
    return post(post, authorOf(post), forum.access(me, post));
  }

  @DELETE
  @Path("posts/{id}")
  public Response delete(@PathParam("id") String id) {
    forum.delete(caller.get(), uuid(id));
    return Response.noContent().build();
  }

  /** The earlier texts of an edited post, newest first. */
  @GET
  @Path("posts/{id}/history")
  public List<Map<String, Object>> history(@PathParam("id") String id) {
    return forum.history(caller.get(), uuid(id)).stream()
        .map(
            row ->
                Map.<String, Object>of(
                    "body", row[0],
                    "html", SafeHtml.fromUserMarkdown((String) row[0]),
                    "replacedAt", String.valueOf(row[1])))
        .toList();
  }

  @POST
  @Path("posts/{id}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(@PathParam("id") String id, ReportRequest request) {
    UUID report =
        moderation.report(caller.get(), uuid(id), request == null ? null : request.reason());
    return Response.status(201).entity(Map.of("id", report.toString())).build();
  }

  /** Moderators: hide a post from readers. */
  @PUT
  @Path("posts/{id}/hidden")
  public PostView hide(@PathParam("id") String id) {
    Caller me = caller.get();
    ForumPost post = moderation.hide(me, uuid(id), true);
    return post(post, authorOf(post), forum.access(me, post));
  }

  /** Moderators: show a hidden post again. */
  @DELETE
  @Path("posts/{id}/hidden")
  public PostView restore(@PathParam("id") String id) {
    Caller me = caller.get();
    ForumPost post = moderation.hide(me, uuid(id), false);
    return post(post, authorOf(post), forum.access(me, post));
  }

  /** Moderators: the open reports of the spaces they moderate. */
  @GET
  @Path("reports")
  public List<Moderation.Report> reports() {
    return moderation.openReports(caller.get());
  }

  @GET
  @Path("search")
  public List<ForumSearch.Hit> search(@QueryParam("q") String q, @QueryParam("page") Integer page) {
    return search.search(caller.get(), q, page == null ? 1 : page);
  }

  /** The sanitized HTML a body will show as (for the editor's preview). */
  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> preview(Preview request) {
    if (!caller.get().signedIn()) {
      throw new Refusal(Refusal.Kind.NOT_SIGNED_IN, "Please sign in first.");
    }
    String body = request == null || request.body() == null ? "" : UserText.clean(request.body());
    if (body.length() > Forum.MAX_BODY) {
      throw Refusal.invalid("body", "A post has at most 20,000 characters.");
    }
    return Map.of("html", SafeHtml.fromUserMarkdown(body));
  }

  @GET
  @Path("notifications")
  public List<ForumNotices.Notice> notifications(@QueryParam("unread") Boolean unread) {
    return notices.notices(caller.get(), Boolean.TRUE.equals(unread));
  }

  @POST
  @Path("notifications/read")
  public Response notificationsRead() {
    notices.markAllRead(caller.get());
    return Response.noContent().build();
  }

  @GET
  @Path("settings")
  public Settings settings() {
    return new Settings(notices.choice(caller.get()).name());
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Settings choose(Settings settings) {
    ForumNotices.EmailChoice choice;
    try {
      choice = ForumNotices.EmailChoice.valueOf(settings == null ? "" : settings.email());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Refusal.invalid("email", "Choose DAILY, EACH_POST or NONE.");
    }
    notices.choose(caller.get(), choice);
    return new Settings(choice.name());
  }

  /** Administrators: send the digests due now (the platform also does it every hour). */
  @POST
  @Path("digests")
  public Map<String, Integer> digests() {
    Caller me = caller.get();
    if (!me.signedIn()) {
      throw new Refusal(Refusal.Kind.NOT_SIGNED_IN, "Please sign in first.");
    }
    if (!me.has(org.pathways.identity.entity.Role.ADMIN)) {
      throw new Refusal(Refusal.Kind.FORBIDDEN, "Only administrators can send digests by hand.");
    }
    return Map.of("sent", notices.digest());
  }

  private Map<UUID, String> authorOf(ForumPost post) {
    UUID author = post.getAuthorId();
    return author == null
        ? Map.of()
        : accounts.account(author).map(a -> Map.of(author, a.getName())).orElse(Map.of());
  }

  static SpaceView view(Space space) {
    return new SpaceView(space.key(), space.title(), space.description(), space.kind());
  }

  static ThreadSummary summary(ForumThread t, int unread) {
    return new ThreadSummary(
        t.getId().toString(),
        t.getSpaceKey(),
        t.getTitle(),
        t.isPinned(),
        t.isLocked(),
        t.getPostCount(),
        unread,
        t.getLastPostAt(),
        t.getStepKey() == null ? null : t.getStepCourse() + "/" + t.getStepKey());
  }

  /** A post as the caller sees it: without its text when {@link PostAccess} says it is gone. */
  static PostView post(ForumPost p, Map<UUID, String> authors, PostAccess access) {
    boolean deleted = p.getDeletedAt() != null;
    boolean hidden = p.getHiddenAt() != null;
    boolean shown = access.text();
    UUID author = p.getAuthorId();
    return new PostView(
        p.getId().toString(),
        p.getSeq(),
        author == null ? "A former member" : authors.getOrDefault(author, ""),
        author == null ? null : author.toString(),
        shown ? p.getBody() : "",
        shown ? SafeHtml.fromUserMarkdown(p.getBody()) : "",
        p.getCreatedAt(),
        p.getEditedAt(),
        deleted,
        hidden);
  }
}
