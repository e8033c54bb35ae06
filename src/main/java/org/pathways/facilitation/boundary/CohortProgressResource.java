package org.pathways.facilitation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.facilitation.entity.ProgressMatrix;
import org.pathways.facilitation.entity.TargetSource;
import org.pathways.facilitation.entity.TeacherRow;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.platform.entity.Reader;

/** A cohort's progress: teachers by module, with who is at risk and why (JSON or CSV). */
@ApplicationScoped
@Path("cohorts/{id}/progress")
public class CohortProgressResource {

  private static final MediaType CSV = MediaType.valueOf("text/csv");

  @Inject ProgressMatrices matrices;
  @Inject CurrentCaller caller;
  @Context HttpServletRequest request;

  public record ModuleView(String key, String title) {}

  public record TeacherModuleView(String key, String state, int percent) {}

  public record TeacherView(
      String accountId,
      String name,
      String email,
      int percent,
      Instant lastActivityAt,
      boolean atRisk,
      String atRiskBecause,
      List<TeacherModuleView> modules) {}

  public record ProgressView(
      String cohort,
      String name,
      String course,
      int inactiveDays,
      LocalDate targetDate,
      TargetSource targetDateSource,
      List<ModuleView> modules,
      List<TeacherView> teachers) {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(
      summary = "A cohort's progress, teachers by module",
      description =
          "Its facilitators, the managers of its district, program managers and administrators."
              + " Each teacher's percent per module and overall, last activity, and whether at"
              + " risk and why; targetDate is the date the pace was judged against (the cohort's,"
              + " else the next Phase 2 workshop's). inactiveDays (1 to 365) overrides the"
              + " cohort's idle days. Accept: text/csv gives the same rows as CSV.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response progress(
      @PathParam("id") UUID id,
      @QueryParam("inactiveDays") String inactiveDays,
      @Context HttpHeaders headers) {
    ProgressMatrix matrix = matrices.of(caller.get(), id, inactiveDays);
    boolean wantsCsv =
        headers.getAcceptableMediaTypes().stream()
            .anyMatch(type -> type.isCompatible(CSV) && !type.isWildcardType());
    Reader reader = Readers.api(request, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    if (!wantsCsv) {
      return Response.ok(view(matrix, reader.language()), MediaType.APPLICATION_JSON).build();
    }
    return Response.ok(ProgressCsv.of(matrix, reader), SpreadsheetCsv.MEDIA_TYPE)
        .header(
            "Content-Disposition", "attachment; filename=\"" + ProgressCsv.filename(matrix) + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  static ProgressView view(ProgressMatrix matrix, Locale language) {
    return new ProgressView(
        matrix.cohort().getId().toString(),
        matrix.cohort().getName(),
        matrix.cohort().getCourseSlug(),
        matrix.inactiveDays(),
        matrix.targetDate(),
        matrix.targetSource(),
        matrix.modules().stream().map(m -> new ModuleView(m.key(), m.title())).toList(),
        matrix.teachers().stream().map(row -> teacher(row, language)).toList());
  }

  private static TeacherView teacher(TeacherRow row, Locale language) {
    return new TeacherView(
        row.accountId().toString(),
        row.name(),
        row.email(),
        row.percent(),
        row.lastActivityAt(),
        row.atRisk(),
        Reasons.in(row.verdict().because(), language),
        row.modules().stream()
            .map(m -> new TeacherModuleView(m.key(), m.state().name(), m.percent()))
            .toList());
  }
}
