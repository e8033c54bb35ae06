package org.pathways.report.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathways.content.entity.Program;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.IdentityLinks;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.report.control.ReportChart;
import org.pathways.report.entity.ReportRequest;
import org.pathways.report.entity.ReportRow;

/**
 * reports/index.xhtml?program=&district=&cohort=&from=&to=: the program report as a table and a
 * chart, filtered by a plain GET form, with its CSV. The same facade as the API decides who sees
 * what: 403 for callers who are not staff, 404 for a district or cohort out of their reach.
 */
@Named
@ViewScoped
public class ProgramReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProgramReports reports;
  @Inject transient ReportChoices choices;
  @Inject transient CurrentCaller current;

  private String program;
  private String district;
  private String cohort;
  private String from;
  private String to;
  private List<Program> programs = List.of();
  private ReportChoices.Choices options = new ReportChoices.Choices(List.of(), List.of());
  private ProgramReports.Report report;
  private final Map<String, String> errors = new HashMap<>();

  public void load() {
    Caller caller = current.get();
    if (!caller.signedIn()) {
      Pages.redirect(IdentityLinks.signIn(ReportLinks.page(request())));
      return;
    }
    try {
      Set<UUID> managed = reports.requireReader(caller);
      programs = reports.programs();
      options = choices.of(caller, managed);
      report = reports.report(caller, request());
    } catch (Refusal refusal) {
      if (refusal.kind() != Refusal.Kind.INVALID) {
        Pages.sendError(refusal);
        return;
      }
      Pages.errorText(null, Pages.format(refusal.message()));
      refusal.errors().forEach(e -> errors.put(e.field(), Pages.format(e.message())));
    }
  }

  private ReportRequest request() {
    return new ReportRequest(program, district, cohort, from, to);
  }

  public List<ReportRow> getRows() {
    return report == null ? List.of() : report.rows();
  }

  public ReportChart.Chart getChart() {
    return ReportChart.of(getRows());
  }

  public List<ReportChart.Series> getSeries() {
    return ReportChart.SERIES;
  }

  /** The shown range, as the report read it (the defaults filled in). */
  public String getShownFrom() {
    return report == null ? from : report.parameters().range().from().toString();
  }

  public String getShownTo() {
    return report == null ? to : report.parameters().range().to().toString();
  }

  public String getCsvUrl() {
    return ReportLinks.csv(request());
  }

  /** The short name of a program for the chart's labels (its grade band). */
  public String band(String slug) {
    return programs.stream()
        .filter(p -> p.slug().equals(slug))
        .map(Program::gradeBand)
        .findFirst()
        .orElse(slug);
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean isShown() {
    return report != null;
  }

  public List<Program> getPrograms() {
    return programs;
  }

  public ReportChoices.Choices getOptions() {
    return options;
  }

  public String getProgram() {
    return program;
  }

  public void setProgram(String program) {
    this.program = program;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
