package org.pathways.credential.boundary;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The Open Badges 3.0 issuer: its profile, its public keys and its revocation status lists. */
@ApplicationScoped
@Path("issuer")
public class IssuerResource {

  @Inject Credentials credentials;
  @Inject IssuerKeys keys;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The Open Badges 3.0 issuer profile",
      operationId = "issuerProfile",
      description = "Its id is this address; every credential names it as its issuer.")
  public Response profile() {
    return Response.ok(JSONObjectUtils.toJSONString(credentials.issuer().toMap(true))).build();
  }

  @GET
  @Path("jwks")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The issuer's public keys (JWK set)",
      operationId = "issuerKeys",
      description = "Every key that ever signed a credential, so earlier credentials still verify.")
  public Response jwks() {
    return Response.ok(keys.publicKeys()).header("Cache-Control", "max-age=300").build();
  }

  @GET
  @Path("status/{list}")
  @Produces(CredentialsResource.VC_JWT)
  @Operation(
      summary = "A revocation status list (W3C Bitstring Status List, signed VC-JWT)",
      operationId = "issuerStatusList",
      description = "A credential's credentialStatus names its list and bit; a set bit is revoked.")
  @APIResponse(responseCode = "200", description = "The status list credential")
  @APIResponse(responseCode = "404", description = "No such list")
  public Response statusList(@PathParam("list") String list) {
    int number;
    try {
      number = Integer.parseInt(list);
    } catch (NumberFormatException e) {
      number = -1;
    }
    return Response.ok(credentials.statusList(number)).header("Cache-Control", "no-cache").build();
  }
}
