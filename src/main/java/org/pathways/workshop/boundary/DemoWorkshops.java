package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.ContentLoaded;
import org.pathways.content.entity.PhaseKind;
import org.pathways.content.entity.Program;
import org.pathways.platform.control.DatabaseWatch;
import org.pathways.platform.control.SchemaReady;
import org.pathways.workshop.control.Places;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopKind;
import org.pathways.workshop.entity.WorkshopPlan;

/**
 * Demo workshops for trying the platform out: one per in-person phase in each of 60+ US cities, at
 * invented venues with "Demo" in their names and the demo flag set, dated from today. Only when
 * {@code pathways.demo.workshops} is true (the embedded default of {@code mvn -Prun}); when it is
 * false they are neither made nor shown. A phase gets a new batch when its demo workshops are all
 * past.
 */
@ApplicationScoped
public class DemoWorkshops {

  private static final Logger LOG = Logger.getLogger(DemoWorkshops.class.getName());

  static final String CITIES = "/org/pathways/workshop/control/demo-cities.csv";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ContentLibrary library;
  @Inject Places places;
  @Inject DemoWorkshops self;
  @Inject DatabaseWatch database;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.demo.workshops", defaultValue = "false")
  boolean enabled;

  record City(String city, String state, String zip, String zone, String venue, String address) {}

  void databaseReady(@Observes SchemaReady ready) {
    make();
  }

  /** The content may load after the database is ready (or be reloaded): try again then. */
  void contentLoaded(@Observes ContentLoaded loaded) {
    if (database.schemaApplied()) {
      make();
    }
  }

  private void make() {
    if (!enabled || library.catalog().programs().isEmpty()) {
      return;
    }
    try {
      int made = self.ensure();
      if (made > 0) {
        LOG.info(() -> "Made " + made + " demo workshops (pathways.demo.workshops=true).");
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "The demo workshops could not be made: " + e);
    }
  }

  /** Makes a batch for every in-person phase that has no upcoming demo workshop. */
  @Transactional
  public int ensure() {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('pathways.demo.workshops'))")
        .getSingleResult();
    List<City> cities = cities();
    int made = 0;
    for (Program program : library.catalog().programs()) {
      for (Program.Phase phase : program.phases()) {
        if (phase.kind() == PhaseKind.ONLINE) {
          continue;
        }
        long upcoming =
            em.createQuery(
                    "select count(w) from Workshop w where w.demo = true and w.programSlug = :p"
                        + " and w.phase = :n and w.firstStart > :now",
                    Long.class)
                .setParameter("p", program.slug())
                .setParameter("n", phase.number())
                .setParameter("now", clock.instant())
                .getSingleResult();
        if (upcoming > 0) {
          continue;
        }
        for (int i = 0; i < cities.size(); i++) {
          em.persist(
              new Workshop(
                  plan(program, phase, cities.get(i), i, false), null, true, clock.instant()));
          made++;
        }
        // A few held online only, for teachers far from every city.
        for (int i = 0; i < 2 && phase.kind() == PhaseKind.BLENDED; i++) {
          em.persist(
              new Workshop(
                  plan(program, phase, cities.get(i), i, true), null, true, clock.instant()));
          made++;
        }
      }
    }
    return made;
  }

  private WorkshopPlan plan(
      Program program, Program.Phase phase, City city, int index, boolean online) {
    WorkshopKind kind = kind(program, phase);
    ZoneId zone = ZoneId.of(city.zone());
    LocalDate today = LocalDate.now(clock.withZone(zone));
    List<WorkshopPlan.Span> sessions = new ArrayList<>();
    LocalDate first;
    switch (kind) {
      case SUMMER -> {
        LocalDate june = LocalDate.of(today.getYear() + (today.getMonthValue() >= 5 ? 1 : 0), 6, 1);
        first = june.plusWeeks(index % 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int d = 0; d < 5; d++) {
          sessions.add(span(first.plusDays(d), 9, 16, zone));
        }
      }
      case QUARTERLY -> {
        first =
            today.plusWeeks(3 + index % 6).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        for (int q = 0; q < 4; q++) {
          sessions.add(span(first.plusWeeks(13L * q), 9, 15, zone));
        }
      }
      case YEAR_END -> {
        LocalDate may = LocalDate.of(today.getYear() + (today.getMonthValue() >= 4 ? 1 : 0), 5, 15);
        first = may.plusWeeks(index % 5).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        sessions.add(span(first, 9, 16, zone));
        sessions.add(span(first.plusDays(1), 9, 16, zone));
      }
      case MULTI_DAY -> {
        first =
            today.plusWeeks(4 + index % 10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        for (int d = 0; d < 3; d++) {
          sessions.add(span(first.plusDays(d), 9, 16, zone));
        }
      }
      default -> {
        first =
            today.plusWeeks(2 + index % 10).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        sessions.add(span(first, 9, 16, zone));
      }
    }
    WorkshopPlan.Venue venue = null;
    if (!online) {
      Places.Place place =
          places
              .zip(city.zip())
              .orElseThrow(() -> new IllegalStateException("unknown ZIP " + city.zip()));
      venue =
          new WorkshopPlan.Venue(
              city.venue(),
              city.address(),
              city.city(),
              city.state(),
              city.zip(),
              place.point().lat(),
              place.point().lon());
    }
    String title = "Demo: " + phase.title() + (online ? " (online)" : " in " + city.city());
    return new WorkshopPlan(
        title,
        program.slug(),
        phase.number(),
        kind,
        online ? 60 : 24 + (index % 3) * 6,
        zone,
        sessions,
        venue,
        online
            ? "https://meet.example.org/pathways-demo-"
                + program.slug()
                + "-"
                + phase.number()
                + "-"
                + index
            : null,
        List.of(),
        null,
        null,
        null);
  }

  /**
   * The kind a demo workshop of this phase is: from the phase's length and place in the program.
   */
  static WorkshopKind kind(Program program, Program.Phase phase) {
    int last = program.phases().get(program.phases().size() - 1).number();
    Integer days = phase.days();
    if (days != null && days >= 5) {
      return WorkshopKind.SUMMER;
    }
    if (phase.kind() == PhaseKind.BLENDED && phase.number() > 1 && program.phases().size() > 3) {
      return WorkshopKind.QUARTERLY;
    }
    if (phase.number() == last && phase.number() > 3) {
      return WorkshopKind.YEAR_END;
    }
    if (days != null && days == 1) {
      return WorkshopKind.ONE_DAY;
    }
    return WorkshopKind.MULTI_DAY;
  }

  private static WorkshopPlan.Span span(LocalDate day, int from, int to, ZoneId zone) {
    return new WorkshopPlan.Span(
        day.atTime(LocalTime.of(from, 0)).atZone(zone).toInstant(),
        day.atTime(LocalTime.of(to, 0)).atZone(zone).toInstant());
  }

  static List<City> cities() {
    List<City> cities = new ArrayList<>();
    for (String[] f :
        org.pathways.workshop.control.Csv.rows(DemoWorkshops.class.getResourceAsStream(CITIES))) {
      cities.add(new City(f[0], f[1], f[2], f[3], f[4], f[5]));
    }
    return cities;
  }
}
