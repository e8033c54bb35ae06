package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.control.SafeHtml;
import org.pathways.reflection.entity.ReflectionFeedback;

/** A facilitator's feedback on a submitted reflection. */
@ApplicationScoped
@Path("reflections/{submissionId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  @Inject FacilitatorFeedback feedback;
  @Inject CurrentCaller caller;

  public record FeedbackRequest(String text) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Give feedback on a submitted reflection",
      description = "Only a facilitator of the teacher's cohort.")
  @APIResponse(responseCode = "201", description = "The feedback was saved")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response give(@PathParam("submissionId") UUID submissionId, FeedbackRequest body) {
    ReflectionFeedback given =
        feedback.give(caller.get(), submissionId, body == null ? null : body.text());
    return Response.status(201)
        .entity(
            new ReflectionViews.FeedbackView(
                given.getId().toString(),
                given.getAuthorName(),
                given.getText(),
                SafeHtml.fromUserMarkdown(given.getText()),
                given.getCreatedAt()))
        .build();
  }
}
