package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.CompressionVary;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.boundary.Revalidated;

/** A step's content, for teachers enrolled in its course; quizzes without their answers. */
@ApplicationScoped
@Path("courses/{slug}/steps")
@Produces(MediaType.APPLICATION_JSON)
public class CourseStepsResource {

  @Inject StepReads reads;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @GET
  @Path("{stepKey}")
  @Operation(
      summary = "A step of a course, for an enrolled caller",
      description =
          "Quiz questions come without their answers, their choices in the authored order (the"
              + " step page shows them in an order that changes with each graded attempt;"
              + " answers are graded by choice key, so the order never matters). In the caller's"
              + " language (profile, else Accept-Language) where the step is translated; `lang`"
              + " says which.")
  @APIResponse(
      responseCode = "200",
      description = "The step",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LearningViews.StepView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The step is locked: the problem says which rule is unmet")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  @Revalidated
  public Response step(@PathParam("slug") String slug, @PathParam("stepKey") String stepKey) {
    // The JSON is built from memory (StepReads): no statement in the steady state.
    String reader = ProblemResponses.reader(headers, request).getLanguage();
    return Response.ok(
            reads.step(caller.get(), slug, stepKey, reader), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.VARY, CompressionVary.ENCODING_AND_LANGUAGE)
        .build();
  }
}
