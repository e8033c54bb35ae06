package org.pathways.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.boundary.DistrictCohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Program;
import org.pathways.district.boundary.Districts;
import org.pathways.district.entity.District;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.LearningFigures;
import org.pathways.learning.entity.CourseFigures;
import org.pathways.platform.entity.Refusal;
import org.pathways.report.control.ReportRows;
import org.pathways.report.control.ReportScopes;
import org.pathways.report.entity.ReportParameters;
import org.pathways.report.entity.ReportRequest;
import org.pathways.report.entity.ReportRow;
import org.pathways.report.entity.ReportScope;
import org.pathways.workshop.boundary.WorkshopFigures;
import org.pathways.workshop.entity.PhaseFigures;

/**
 * Program reports for the API, the page and its CSV. A report costs the same statements whatever
 * the number of teachers: who manages what (1, district managers only), the district and cohort
 * named (1 each), the cohorts of the districts in scope (1) or a cohort's teachers (1), the online
 * figures (1) and the workshop figures (2): at most 7.
 */
@ApplicationScoped
public class ProgramReports {

  /** A report: what it covers and its rows. */
  public record Report(ReportParameters parameters, ReportScope scope, List<ReportRow> rows) {}

  @Inject Authorization authorization;
  @Inject Districts districts;
  @Inject Cohorts cohorts;
  @Inject DistrictCohorts districtCohorts;
  @Inject ContentLibrary library;
  @Inject LearningFigures learning;
  @Inject WorkshopFigures workshops;
  @Inject Clock clock;

  /** Refuses callers who may see no report at all (401 signed out, 403 not staff). */
  public Set<UUID> requireReader(Caller caller) {
    authorization.requireSignedIn(caller);
    boolean organiser = authorization.organises(caller);
    Set<UUID> managed = organiser ? Set.of() : districts.managedBy(caller);
    if (!ReportScopes.mayReport(organiser, managed)) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "report.forbidden");
    }
    return managed;
  }

  /**
   * The report these texts ask for: first who may read reports at all (401, 403), then the texts
   * (400 naming each field), then the scope (404 for a district or cohort out of reach).
   */
  @Transactional
  public Report report(Caller caller, ReportRequest request) {
    Set<UUID> managed = requireReader(caller);
    List<Program> programs = programs();
    ReportParameters parameters =
        ReportParameters.parse(
            request.program(),
            request.district(),
            request.cohort(),
            request.from(),
            request.to(),
            LocalDate.now(clock.withZone(ZoneOffset.UTC)),
            programs.stream().map(Program::slug).collect(Collectors.toUnmodifiableSet()));
    ReportScope scope = scope(caller, managed, parameters);
    Collection<UUID> scopeCohorts =
        scope.cohort() != null
            ? Set.of(scope.cohort())
            : scope.districts() == null ? null : districtCohorts.of(scope.districts());
    Collection<UUID> teachers = scope.cohort() == null ? null : learning.teachersOf(scopeCohorts);
    List<String> courses =
        programs.stream()
            .filter(p -> parameters.program() == null || parameters.program().equals(p.slug()))
            .flatMap(p -> p.phases().stream())
            .flatMap(phase -> phase.courseSlug().stream())
            .toList();
    List<CourseFigures> online =
        learning.byCourse(
            courses, scopeCohorts, parameters.range().start(), parameters.range().end());
    List<PhaseFigures> held =
        workshops.byPhase(
            new WorkshopFigures.Filter(
                parameters.program(), scope.cohort() == null ? scope.districts() : null, teachers),
            parameters.range().start(),
            parameters.range().end());
    // Found earlier in this transaction when named: no further statement then.
    String districtName =
        scope.district() == null
            ? null
            : districts.find(scope.district()).map(District::getName).orElse(null);
    String cohortName =
        scope.cohort() == null
            ? null
            : cohorts.find(scope.cohort()).map(Cohort::getName).orElse(null);
    return new Report(
        parameters,
        scope,
        ReportRows.combine(
            programs, parameters.program(), online, held, scope, districtName, cohortName));
  }

  private ReportScope scope(Caller caller, Set<UUID> managed, ReportParameters parameters) {
    ReportScopes.Named district = ReportScopes.Named.NONE;
    if (parameters.district() != null) {
      district =
          new ReportScopes.Named(
              parameters.district(),
              districts.find(parameters.district()).isPresent(),
              parameters.district());
    }
    ReportScopes.Named cohort = ReportScopes.Named.NONE;
    if (parameters.cohort() != null) {
      Cohort found = cohorts.find(parameters.cohort()).orElse(null);
      cohort =
          new ReportScopes.Named(
              parameters.cohort(), found != null, found == null ? null : found.getDistrictId());
    }
    return ReportScopes.decide(authorization.organises(caller), managed, district, cohort);
  }

  /** The programs of the catalog, in its order. */
  public List<Program> programs() {
    return library.catalog().programs();
  }
}
