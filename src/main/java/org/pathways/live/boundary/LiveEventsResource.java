package org.pathways.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.live.control.LastEventId;
import org.pathways.live.entity.LiveEvent;
import org.pathways.platform.boundary.PathwaysApi;

/** The caller's live updates (GET /api/me/events), as server-sent events. */
@ApplicationScoped
@Path("me/events")
public class LiveEventsResource {

  @Inject CurrentCaller current;
  @Inject Authorization authorization;
  @Inject LiveStreams streams;
  @Inject LiveEvents events;

  /**
   * Opens the stream and returns at once (no request thread waits on it). With {@code
   * Last-Event-ID}, the kept events after it come first.
   */
  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      operationId = "myEvents",
      summary = "The caller's live updates, as server-sent events",
      description =
          "Events: progress {enrollmentId, course, stepKey, percent, courseCompleted, modules:"
              + " [{key, state}]} after a step is completed on any page or device; feedback"
              + " {enrollmentId, course, stepKey, feedbackId} when a facilitator answers a"
              + " reflection; notification {threadId, postId} for a new post in a followed"
              + " thread; closed {reason} just before the server ends a stream (too-many-streams:"
              + " do not reconnect). Each event has an id: reconnecting with Last-Event-ID replays"
              + " the events after it kept in the last minutes. A comment line comes every few"
              + " seconds.")
  @APIResponse(responseCode = "200", description = "The stream (text/event-stream)")
  @APIResponse(responseCode = "401", description = "No valid token")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public void events(
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse,
      @Context HttpServletResponse response) {
    Caller caller = current.get();
    authorization.requireSignedIn(caller);
    OptionalLong after = LastEventId.of(lastEventId);
    // Before the first byte: a proxy must neither keep nor buffer the stream.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Accel-Buffering", "no");
    LiveStream stream = streams.open(caller.id(), sink, sse);
    List<LiveEvent> missed = List.of();
    try {
      missed = after.isPresent() ? events.after(caller.id(), after.getAsLong()) : List.of();
    } finally {
      stream.replayed(missed);
    }
  }
}
