package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public verification of a certificate by its code: anyone holding the code may check it. */
@ApplicationScoped
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

  @Inject Certificates certificates;

  @GET
  @Path("{code}")
  @Operation(
      summary = "Verify a certificate by its code",
      description =
          "Public: anyone holding the code may check it. A revoked certificate is not valid;"
              + " revoked, revokedOn and revocationReason say when and why.")
  public LearningViews.Verification verify(@PathParam("code") String code) {
    return certificates
        .verify(code)
        .map(LearningViews.Verification::of)
        .orElseGet(LearningViews.Verification::unknown);
  }
}
