package org.pathways.workshop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;

/**
 * workshops/journey.xhtml: the caller's journey through each program (the programs they started
 * first), and their private calendar feed address with a reset.
 */
@Named
@RequestScoped
public class JourneyPage {

  @Inject Journeys journeys;
  @Inject FeedAddresses feedAddresses;
  @Inject WorkshopLinks links;
  @Inject CurrentCaller current;

  private List<Journeys.Journey> all;
  private String feed;

  public List<Journeys.Journey> getJourneys() {
    if (all == null) {
      all =
          journeys.journeys(current.get()).stream()
              .sorted(Comparator.comparing((Journeys.Journey j) -> !j.started()))
              .toList();
    }
    return all;
  }

  /** The feed address: shown only after the teacher asks for it (a POST makes it). */
  public String getFeed() {
    return feed;
  }

  public String showFeed() {
    feed = address(feedAddresses.current(current.get()));
    return null;
  }

  public String resetFeed() {
    feed = address(feedAddresses.reset(current.get()));
    Pages.info("workshop.feed.reset.done");
    return null;
  }

  private String address(String token) {
    return links.site() + "/api/calendar-feeds/" + token + ".ics";
  }
}
