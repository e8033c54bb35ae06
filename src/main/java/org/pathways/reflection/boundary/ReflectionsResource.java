package org.pathways.reflection.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.reflection.entity.SubmissionRequest;

/** Reflections of an enrolment (the Reflections table of the API contract). */
@Path("enrollments/{id}/reflections")
@Produces(MediaType.APPLICATION_JSON)
public class ReflectionsResource {

  @Inject Reflections reflections;
  @Inject CurrentCaller caller;

  public record SubmissionView(String id, int version, String visibility, Instant submittedAt) {}

  @POST
  @Path("{stepKey}/submissions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      @PathParam("id") String id,
      @PathParam("stepKey") String stepKey,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      SubmissionRequest body) {
    SubmissionRequest request = body == null ? new SubmissionRequest() : body;
    Reflections.Submitted submitted =
        reflections.submit(
            caller.get(), uuid(id), stepKey, request.text, request.visibility, idempotencyKey);
    var s = submitted.submission();
    SubmissionView view =
        new SubmissionView(
            s.getId().toString(), s.getVersion(), s.getVisibility().name(), s.getSubmittedAt());
    return Response.status(submitted.created() ? 201 : 200).entity(view).build();
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
