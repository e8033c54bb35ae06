package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;

/**
 * A teacher's private calendar feed: its address (made on first request), and a reset that replaces
 * the secret in it. The feed itself is {@link CalendarFeeds}.
 */
@ApplicationScoped
@Path("me/calendar-feed")
public class CalendarFeedResource {

  @Inject FeedAddresses feedAddresses;
  @Inject WorkshopLinks links;
  @Inject CurrentCaller caller;

  public record Feed(String url) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The address of the caller's private calendar feed")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Feed feed() {
    return new Feed(address(feedAddresses.current(caller.get())));
  }

  @POST
  @Path("reset")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the calendar feed's address",
      description = "The previous address stops working.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Feed reset() {
    return new Feed(address(feedAddresses.reset(caller.get())));
  }

  private String address(String token) {
    return links.site() + "/api/calendar-feeds/" + token + ".ics";
  }
}
