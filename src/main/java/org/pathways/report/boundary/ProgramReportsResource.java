package org.pathways.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.report.control.ReportCsv;
import org.pathways.report.entity.ReportRequest;

/** Program reports (the table "Facilitation, districts and reports" of the API contract). */
@ApplicationScoped
@Path("reports/programs")
public class ProgramReportsResource {

  static final String CSV = "text/csv";

  @Inject ProgramReports reports;
  @Inject CurrentCaller caller;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(
      operationId = "programReport",
      summary = "Figures per program and phase for a scope and a date range",
      description =
          "Program managers and administrators for any scope; district managers for their own"
              + " districts (implied when none is named). JSON, or CSV with Accept: text/csv.")
  @APIResponse(responseCode = "200", description = "One row per program phase")
  @APIResponse(responseCode = "400", description = "A parameter cannot be read")
  @APIResponse(responseCode = "404", description = "A district or cohort the caller may not see")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response programs(
      @QueryParam("program") String program,
      @QueryParam("district") String district,
      @QueryParam("cohort") String cohort,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders headers) {
    ProgramReports.Report report =
        reports.report(caller.get(), new ReportRequest(program, district, cohort, from, to));
    if (wantsCsv(headers)) {
      return Response.ok(ReportCsv.write(report.rows()), SpreadsheetCsv.MEDIA_TYPE)
          .header("Content-Disposition", "attachment; filename=\"program-report.csv\"")
          .build();
    }
    return Response.ok(report.rows(), MediaType.APPLICATION_JSON).build();
  }

  private static boolean wantsCsv(HttpHeaders headers) {
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType());
  }
}
