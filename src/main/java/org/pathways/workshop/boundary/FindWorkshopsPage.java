package org.pathways.workshop.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.PhaseKind;
import org.pathways.content.entity.Program;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.ResultPage;
import org.pathways.workshop.control.Places;
import org.pathways.workshop.control.WorkshopDates;
import org.pathways.workshop.entity.Registration;

/**
 * workshops/index.xhtml: find a workshop near a ZIP code or city (the profile's ZIP by default),
 * within a radius, by program, phase and dates. A plain GET form and list, so it works without
 * scripts; the map is drawn from the list by workshop-map.js.
 */
@Named
@RequestScoped
public class FindWorkshopsPage {

  static final List<Integer> RADII = List.of(25, 50, 100, 250, 500, 1000);

  @Inject Workshops workshops;
  @Inject WorkshopSearch search;
  @Inject ContentLibrary library;
  @Inject Accounts accounts;
  @Inject CurrentCaller current;

  private String near;
  private int radius = 100;
  private String program;
  private Integer phase;
  private String from;
  private String to;
  private int page = 1;
  private Places.Place place;
  private ResultPage<WorkshopSearch.Found> results;
  private Map<UUID, Registration> mine = Map.of();
  private boolean nearUnknown;
  private boolean fromProfile;

  /** A phase that has workshops, for the filter. */
  public record PhaseChoice(String program, int phase, String label) {}

  @PostConstruct
  void search() {
    Caller caller = current.get();
    near = trim(Pages.param("near"));
    if (near == null && Pages.param("searched") == null && caller.signedIn()) {
      near = accounts.account(caller.id()).map(a -> trim(a.getZip())).orElse(null);
      fromProfile = near != null;
    }
    radius = number(Pages.param("radius"), 100);
    if (!RADII.contains(radius)) {
      radius = 100;
    }
    String choice = trim(Pages.param("phase"));
    program = trim(Pages.param("program"));
    phase = null;
    if (choice != null && choice.contains("/")) {
      program = choice.substring(0, choice.indexOf('/'));
      phase = number(choice.substring(choice.indexOf('/') + 1), 0);
    } else if (choice != null) {
      phase = number(choice, 0);
    }
    if (phase != null && phase <= 0) {
      phase = null;
    }
    from = trim(Pages.param("from"));
    to = trim(Pages.param("to"));
    page = Math.max(1, number(Pages.param("page"), 1));
    if (near != null) {
      Optional<Places.Place> found = search.locate(near);
      nearUnknown = found.isEmpty();
      place = found.orElse(null);
      if (nearUnknown) {
        Pages.errorText(null, Pages.format("workshop.find.unknownPlace", near));
      }
    }
    WorkshopDates dates =
        WorkshopDates.parse(
            from, to, field -> Pages.errorText(null, Pages.text("workshop.find.badDate")));
    results =
        search.search(
            new WorkshopSearch.Search(
                place == null ? null : place.point(),
                radius,
                dates.from(),
                dates.to(),
                program,
                phase,
                PageRequest.of(page, WorkshopSearch.PAGE_SIZE)));
    mine = workshops.registrationsOf(caller);
  }

  public List<WorkshopSearch.Found> getItems() {
    return results.items();
  }

  public int getTotal() {
    return (int) results.total();
  }

  public boolean hasNext() {
    return PageRequest.of(page, WorkshopSearch.PAGE_SIZE).hasMore(results.total());
  }

  public String pageUrl(int target) {
    return WorkshopLinks.findPagePath(
        target,
        near,
        radius,
        program == null ? null : program + (phase == null ? "" : "/" + phase),
        from,
        to);
  }

  public List<PhaseChoice> getPhases() {
    return phaseChoices(library);
  }

  /** Every phase that has workshops, labelled with its program, for select lists. */
  static List<PhaseChoice> phaseChoices(ContentLibrary library) {
    return library.catalog().programs().stream()
        .flatMap(
            p ->
                p.phases().stream()
                    .filter(ph -> ph.kind() != PhaseKind.ONLINE)
                    .map(
                        ph ->
                            new PhaseChoice(
                                p.slug(),
                                ph.number(),
                                Pages.format(
                                    "workshop.phaseChoice", p.title(), ph.number(), ph.title()))))
        .toList();
  }

  public String phaseTitle(String programSlug, int number) {
    return library
        .catalog()
        .phase(programSlug, number)
        .map(Program.Phase::title)
        .orElse(String.valueOf(number));
  }

  public String programTitle(String programSlug) {
    return library.catalog().program(programSlug).map(Program::title).orElse(programSlug);
  }

  public String status(UUID workshop) {
    Registration r = mine.get(workshop);
    return r == null ? null : r.getStatus().name();
  }

  public String getSelectedPhase() {
    return program == null ? "" : program + (phase == null ? "" : "/" + phase);
  }

  public List<Integer> getRadii() {
    return RADII;
  }

  public String getNear() {
    return near;
  }

  public int getRadius() {
    return radius;
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }

  public int getPage() {
    return page;
  }

  public Places.Place getPlace() {
    return place;
  }

  public boolean isFromProfile() {
    return fromProfile;
  }

  public boolean isNearUnknown() {
    return nearUnknown;
  }

  public boolean isDemoShown() {
    return workshops.demoShown();
  }

  private static int number(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
