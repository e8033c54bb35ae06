package org.pathways.transcript.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.pathways.platform.entity.Refusal;
import org.pathways.transcript.entity.Transcript;

/**
 * The public check of a transcript by the code printed on its PDF (GET /api/transcripts/{code}).
 */
@ApplicationScoped
@Path("transcripts")
public class TranscriptChecksResource {

  @Inject Transcripts transcripts;

  @GET
  @Path("{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "verifyTranscript",
      summary = "Check a transcript by the code printed on it",
      description = "Public: anyone holding the code sees the holder's name and the same lines.")
  @APIResponse(responseCode = "200", description = "The transcript the code names")
  @APIResponse(responseCode = "404", description = "No transcript has this code")
  public Transcript verify(@PathParam("code") String code) {
    return transcripts
        .verified(code)
        .orElseThrow(() -> Refusal.notFound("transcript.verify.unknown"));
  }
}
