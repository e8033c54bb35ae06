package org.pathways.credential.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;

/** Administrators rotate the issuer's signing key. */
@ApplicationScoped
@Path("admin/issuer/key-rotation")
@Produces(MediaType.APPLICATION_JSON)
public class IssuerKeysResource {

  @Inject IssuerKeys keys;
  @Inject CurrentCaller current;

  @POST
  @Operation(
      summary = "Rotate the issuer's signing key (administrators)",
      operationId = "rotateIssuerKey",
      description =
          "A newly generated key signs from now on; every earlier key stays in /api/issuer/jwks.")
  @APIResponse(responseCode = "200", description = "{kid}: the new current key")
  @APIResponse(responseCode = "403", description = "Only administrators rotate the key")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, String> rotate() {
    return Map.of("kid", keys.rotate(current.get()));
  }
}
