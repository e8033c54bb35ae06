package org.pathways.workshop.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pathways.identity.boundary.CurrentCaller;

/**
 * A teacher's private calendar feed: its address (made on first request), and a reset that replaces
 * the secret in it. The feed itself is {@link CalendarFeeds}.
 */
@Path("me/calendar-feed")
public class CalendarFeedResource {

  @Inject FeedAddresses feedAddresses;
  @Inject WorkshopLinks links;
  @Inject CurrentCaller caller;

  public record Feed(String url) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Feed feed() {
    return new Feed(address(feedAddresses.current(caller.get())));
  }

  @POST
  @Path("reset")
  @Produces(MediaType.APPLICATION_JSON)
  public Feed reset() {
    return new Feed(address(feedAddresses.reset(caller.get())));
  }

  private String address(String token) {
    return links.site() + "/api/calendar-feeds/" + token + ".ics";
  }
}
