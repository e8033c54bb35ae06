package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.ResultPage;
import org.pathways.workshop.control.Distance;
import org.pathways.workshop.control.Places;
import org.pathways.workshop.entity.Workshop;

/** Finding workshops by place, program, phase and dates, for the API and the pages alike. */
@ApplicationScoped
public class WorkshopSearch {

  /** Results per page of a search. */
  public static final int PAGE_SIZE = PageRequest.DEFAULT_SIZE;

  /** The most workshops a search weighs before it sorts by distance. */
  static final int CANDIDATES = 5_000;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Workshops workshops;
  @Inject Places places;
  @Inject Clock clock;

  /** What a teacher looks for. {@code near} is null when they gave no place. */
  public record Search(
      Distance.Point near,
      double radiusKm,
      Instant from,
      Instant to,
      String program,
      Integer phase,
      PageRequest paging) {}

  /** One workshop found, with its distance from the place searched (null without a place). */
  public record Found(Workshop workshop, Double distanceKm) {}

  /**
   * Workshops that have not ended, filtered, sorted by distance from the place searched (then by
   * date), or by date without a place. Workshops held only online have no distance: they come after
   * the located ones, as anyone can attend them.
   */
  @Transactional
  public ResultPage<Found> search(Search search) {
    StringBuilder jpql =
        new StringBuilder(
            "select w.id, w.venue.lat, w.venue.lon, w.firstStart from Workshop w where w.lastEnd >= :from");
    Distance.Box box =
        search.near() == null ? null : Distance.around(search.near(), search.radiusKm());
    if (search.to() != null) {
      jpql.append(" and w.firstStart < :to");
    }
    if (search.program() != null) {
      jpql.append(" and w.programSlug = :program");
    }
    if (search.phase() != null) {
      jpql.append(" and w.phase = :phase");
    }
    if (!workshops.demoShown()) {
      jpql.append(" and w.demo = false");
    }
    if (box != null) {
      jpql.append(
          " and ((w.venue.lat between :minLat and :maxLat and w.venue.lon between :minLon and :maxLon)"
              + " or w.venue.lat is null)");
    }
    jpql.append(" order by w.firstStart, w.id");
    TypedQuery<Object[]> query =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("from", search.from() == null ? clock.instant() : search.from())
            .setMaxResults(CANDIDATES);
    if (search.to() != null) {
      query.setParameter("to", search.to());
    }
    if (search.program() != null) {
      query.setParameter("program", search.program());
    }
    if (search.phase() != null) {
      query.setParameter("phase", search.phase());
    }
    if (box != null) {
      query
          .setParameter("minLat", box.minLat())
          .setParameter("maxLat", box.maxLat())
          .setParameter("minLon", box.minLon())
          .setParameter("maxLon", box.maxLon());
    }
    // Weigh the candidates on a few columns, then load only the page shown.
    record Candidate(UUID id, Double distanceKm, Instant start) {}
    List<Candidate> found = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      UUID id = (UUID) row[0];
      Instant start = (Instant) row[3];
      if (search.near() == null || row[1] == null) {
        found.add(new Candidate(id, null, start));
      } else {
        double km =
            Distance.km(
                search.near(),
                new Distance.Point(
                    ((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue()));
        if (km <= search.radiusKm()) {
          found.add(new Candidate(id, Math.round(km * 10) / 10.0, start));
        }
      }
    }
    if (search.near() != null) {
      found.sort(
          Comparator.comparing(
                  (Candidate c) -> c.distanceKm() == null ? Double.MAX_VALUE : c.distanceKm())
              .thenComparing(Candidate::start));
    }
    PageRequest paging = search.paging();
    int fromIndex = Math.min(found.size(), paging.offset());
    List<Candidate> shown =
        found.subList(fromIndex, Math.min(found.size(), fromIndex + paging.size()));
    Map<UUID, Workshop> loaded = workshops.workshops(shown.stream().map(Candidate::id).toList());
    List<Found> items =
        shown.stream()
            .filter(c -> loaded.containsKey(c.id()))
            .map(c -> new Found(loaded.get(c.id()), c.distanceKm()))
            .toList();
    return ResultPage.of(items, paging, found.size());
  }

  /**
   * Where a typed place is: a ZIP code, "lat,lon", or a city ("Denver, CO" or "Denver") where
   * workshops are held, at the centre of their venues.
   */
  @Transactional
  public Optional<Places.Place> locate(String typed) {
    Optional<Places.Place> place = places.find(typed);
    if (place.isPresent() || typed == null || typed.isBlank() || typed.length() > 120) {
      return place;
    }
    String[] cityState = Places.cityAndState(typed);
    if (cityState[0].isEmpty()) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select min(city), state, avg(lat), avg(lon), count(*) from workshop"
                    + " where lat is not null and lower(regexp_replace(city, '[^A-Za-z0-9]+', ' ',"
                    + " 'g')) = ?1 and (cast(?2 as varchar) is null or state = ?2)"
                    + (workshops.demoShown() ? "" : " and demo = false")
                    + " group by state order by count(*) desc limit 1")
            .setParameter(1, cityState[0])
            .setParameter(2, cityState[1])
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new Places.Place(
            null,
            (String) row[0],
            (String) row[1],
            new Distance.Point(((Number) row[2]).doubleValue(), ((Number) row[3]).doubleValue())));
  }

  /** The nearest upcoming workshops of a phase with seats or a waitlist (for a module's card). */
  @Transactional
  public List<Found> nearest(String program, int phase, Distance.Point near, int limit) {
    ResultPage<Found> results =
        search(
            new Search(
                near,
                near == null ? 0 : 800,
                clock.instant(),
                null,
                program,
                phase,
                PageRequest.of(1, PAGE_SIZE)));
    return results.items().stream().limit(limit).toList();
  }
}
