package org.pathways.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.xapi.entity.XapiStanding;

/** The xAPI outbox for operators: its standing, and a sweep at once (administrators). */
@ApplicationScoped
@Path("admin/xapi")
@Produces(MediaType.APPLICATION_JSON)
public class XapiResource {

  @Inject XapiSweep sweep;
  @Inject CurrentCaller current;

  @GET
  @Operation(
      summary = "The xAPI outbox's standing (administrators)",
      operationId = "xapiStanding",
      description =
          "{configured, pending, failing, lastError, lastSentAt}: whether an LRS is configured,"
              + " the statements waiting, those that failed at least once, the newest failure and"
              + " when a statement last arrived.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, Object> standing() {
    XapiStanding standing = sweep.standing(current.get());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("configured", standing.configured());
    body.put("pending", standing.pending());
    body.put("failing", standing.failing());
    body.put("lastError", standing.lastError());
    body.put("lastSentAt", standing.lastSentAt() == null ? null : standing.lastSentAt().toString());
    return body;
  }

  @POST
  @Path("sweep")
  @Operation(
      summary = "Send the waiting xAPI statements now (administrators)",
      operationId = "sweepXapi",
      description =
          "Sends every statement not yet sent, whether or not its next attempt is due; the"
              + " platform also does it every pathways.xapi.seconds. Answers {sent}.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, Integer> sweep() {
    return Map.of("sent", sweep.sweepNow(current.get()));
  }
}
