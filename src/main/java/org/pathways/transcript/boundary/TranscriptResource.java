package org.pathways.transcript.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.transcript.control.TranscriptCsv;
import org.pathways.transcript.control.TranscriptPdf;
import org.pathways.transcript.entity.Transcript;
import org.pathways.transcript.entity.TranscriptRange;

/** The caller's PD transcript (GET /api/me/transcript). */
@ApplicationScoped
@Path("me/transcript")
public class TranscriptResource {

  static final String CSV = "text/csv";
  static final String PDF = "application/pdf";

  @Inject Transcripts transcripts;
  @Inject CurrentCaller caller;
  @Inject java.time.Clock clock;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
  @Operation(
      operationId = "myTranscript",
      summary = "The caller's PD transcript over a range of days",
      description =
          "Every course completed and workshop attended whose activity ended between from and to"
              + " (ISO dates, both included; the current school year, July to June, by default),"
              + " with hours and certificate codes. JSON, or CSV (one row per activity) or a"
              + " tagged PDF with a transcript code, by Accept.")
  @APIResponse(responseCode = "200", description = "The transcript")
  @APIResponse(responseCode = "400", description = "A date cannot be read, or the range is wrong")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response mine(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders headers,
      @Context HttpServletRequest request) {
    TranscriptRange range = transcripts.range(caller.get(), from, to);
    if (wants(headers, PDF)) {
      Transcript transcript = transcripts.mineWithCode(caller.get(), range);
      return Response.ok(
              TranscriptPdf.render(
                  transcript,
                  Readers.api(request, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                  clock.instant()),
              PDF)
          .header("Content-Disposition", disposition(transcript, "pdf"))
          .header("Cache-Control", "private, no-store")
          .build();
    }
    Transcript transcript = transcripts.mine(caller.get(), range);
    if (wants(headers, CSV)) {
      return Response.ok(TranscriptCsv.write(transcript), SpreadsheetCsv.MEDIA_TYPE)
          .header("Content-Disposition", disposition(transcript, "csv"))
          .header("Cache-Control", "private, no-store")
          .build();
    }
    return Response.ok(transcript, MediaType.APPLICATION_JSON)
        .header("Cache-Control", "private, no-store")
        .build();
  }

  static String disposition(Transcript transcript, String extension) {
    return "attachment; filename=\"pd-transcript-"
        + transcript.from()
        + "-to-"
        + transcript.to()
        + "."
        + extension
        + "\"";
  }

  private static boolean wants(HttpHeaders headers, String type) {
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(t -> t.isCompatible(MediaType.valueOf(type)) && !t.isWildcardType());
  }
}
