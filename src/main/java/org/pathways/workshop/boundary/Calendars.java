package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.pathways.identity.boundary.Accounts;
import org.pathways.platform.control.Texts;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * iCalendar files: one per workshop with every session, and each teacher's private feed of the
 * workshops they are registered for, at an address with a secret they can reset ({@link
 * FeedAddresses}). Times are written in UTC, which every calendar shows in its reader's zone; the
 * venue's zone is named in the description.
 */
@ApplicationScoped
public class Calendars {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Workshops workshops;
  @Inject WorkshopLinks links;
  @Inject FeedAddresses feedAddresses;
  @Inject Accounts accounts;

  /** The calendar of one workshop; the meeting link only when {@code withMeeting}. */
  public String workshop(Workshop workshop, boolean withMeeting, Locale language) {
    Calendar calendar = calendar(workshop.getTitle());
    events(calendar, workshop, withMeeting, language);
    return calendar.toString();
  }

  /** The feed behind a secret, if the secret is current. */
  @Transactional
  public Optional<String> feed(String token) {
    Optional<UUID> account = feedAddresses.account(token);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    List<Registration> registered =
        em.createNamedQuery(Registration.OF_ACCOUNT, Registration.class)
            .setParameter("account", account.get())
            .getResultStream()
            .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
            .toList();
    Map<UUID, Workshop> found =
        workshops.workshops(registered.stream().map(Registration::getWorkshopId).toList());
    Locale language =
        accounts.account(account.get()).map(a -> a.reader().language()).orElse(Locale.ENGLISH);
    Calendar calendar = calendar(Texts.in(language, "workshop.calendar.name"));
    Collection<Workshop> mine = found.values();
    mine.stream()
        .sorted(java.util.Comparator.comparing(Workshop::getFirstStart))
        .forEach(w -> events(calendar, w, true, language));
    return Optional.of(calendar.toString());
  }

  private Calendar calendar(String name) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Pathways//Workshops 1.0//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    return calendar;
  }

  private void events(Calendar calendar, Workshop workshop, boolean withMeeting, Locale language) {
    int count = workshop.getSessions().size();
    for (WorkshopSession session : workshop.getSessions()) {
      String summary =
          count == 1
              ? workshop.getTitle()
              : Texts.in(
                  language,
                  "workshop.calendar.session",
                  workshop.getTitle(),
                  session.getPosition(),
                  count);
      VEvent event = new VEvent(session.getStartsAt(), session.getEndsAt(), summary);
      event.add(new Uid(session.getId() + "@pathways"));
      String where = where(workshop, withMeeting);
      if (!where.isEmpty()) {
        event.add(new Location(where));
      }
      StringBuilder description =
          new StringBuilder(Texts.in(language, "workshop.calendar.zone", workshop.getTimeZone()));
      if (workshop.online() && withMeeting) {
        description.append(
            Texts.in(language, "workshop.calendar.meeting", workshop.getMeetingUrl()));
      } else if (workshop.online()) {
        description.append(Texts.in(language, "workshop.calendar.meeting_later"));
      }
      description.append(
          Texts.in(language, "workshop.calendar.page", links.workshop(workshop.getId())));
      event.add(new Description(description.toString()));
      event.add(new Url(URI.create(links.workshop(workshop.getId()))));
      calendar.add(event);
    }
  }

  private static String where(Workshop workshop, boolean withMeeting) {
    if (workshop.located()) {
      return workshop.getVenue().line();
    }
    return withMeeting && workshop.online() ? workshop.getMeetingUrl() : "Online";
  }
}
