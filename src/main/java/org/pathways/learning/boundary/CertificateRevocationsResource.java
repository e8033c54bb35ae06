package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.RevocationRequest;
import org.pathways.platform.boundary.PathwaysApi;

/** Program staff (administrators) revoke a certificate; its credential's status bit follows. */
@ApplicationScoped
@Path("admin/certificates/{code}/revocation")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateRevocationsResource {

  @Inject CertificateStanding standing;
  @Inject CurrentCaller current;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revoke a certificate (administrators)",
      operationId = "revokeCertificate",
      description =
          "Body {reason}. The verification page, GET /api/certificates/{code} and the issuer's"
              + " status list then say it is revoked; revoking again keeps the first date and"
              + " reason.")
  @APIResponse(responseCode = "200", description = "The certificate as verifiers now see it")
  @APIResponse(responseCode = "400", description = "No reason, or a reason over 500 characters")
  @APIResponse(responseCode = "403", description = "Only administrators revoke certificates")
  @APIResponse(responseCode = "404", description = "No certificate has this code")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public LearningViews.Verification revoke(
      @PathParam("code") String code, RevocationRequest request) {
    return LearningViews.Verification.of(
        standing.revoke(current.get(), code, request == null ? null : request.reason()));
  }
}
