package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.entity.Refusal;

/** Sends the reminders due now by hand (operators; the platform also does it every 15 minutes). */
@ApplicationScoped
@Path("workshops/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopRemindersResource {

  @Inject Reminders reminders;
  @Inject Authorization authorization;
  @Inject CurrentCaller caller;

  @POST
  @Operation(
      summary = "Send the workshop reminders due now",
      description = "Administrators; the platform also does it every 15 minutes.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, Integer> remind() {
    Caller me = caller.get();
    authorization.requireSignedIn(me);
    if (!authorization.administers(me)) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "workshop.refused.remindersByHand");
    }
    return Map.of("sent", reminders.sweep());
  }
}
