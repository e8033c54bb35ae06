package org.pathways.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;

/** Sends the LMS scores due now by hand (operators; the platform also does it every minute). */
@ApplicationScoped
@Path("admin/lti/grades")
@Produces(MediaType.APPLICATION_JSON)
public class LtiGradesResource {

  @Inject LtiGrades grades;
  @Inject CurrentCaller current;

  @POST
  @Operation(
      summary = "Send the LMS scores due now (administrators)",
      operationId = "sendLtiGrades",
      description =
          "Sends each grade link's course progress to its LMS line item when it changed and its"
              + " next attempt is due; the platform also does it every pathways.lti.grade-minutes.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, Integer> send() {
    return Map.of("sent", grades.sweepNow(current.get()));
  }
}
