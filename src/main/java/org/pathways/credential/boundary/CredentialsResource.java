package org.pathways.credential.boundary;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.credential.entity.VisibilityRequest;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.boundary.CertificateStanding;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.entity.Refusal;

/**
 * A certificate's Open Badges 3.0 credential: its holder's (by bearer token), or anyone's once the
 * holder made it public; otherwise 404, which does not tell whether the certificate exists.
 */
@ApplicationScoped
@Path("certificates/{code}/credential")
public class CredentialsResource {

  /** The VC-JWT media type. */
  public static final String VC_JWT = "application/vc+jwt";

  @Inject Credentials credentials;
  @Inject CertificateStanding standing;
  @Inject CurrentCaller current;

  @GET
  @Produces({VC_JWT, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "A certificate's Open Badges 3.0 credential",
      operationId = "certificateCredential",
      description =
          "Accept application/vc+jwt (the default: the credential signed with ES256, kid in the"
              + " header, keys at /api/issuer/jwks) or application/json (the credential itself)."
              + " For its holder, or for anyone when the holder made it public; otherwise 404.")
  @APIResponse(responseCode = "200", description = "The credential, as an attachment")
  @APIResponse(responseCode = "404", description = "No credential this caller may have")
  public Response credential(@PathParam("code") String code, @Context HttpHeaders headers) {
    Credentials.Issued issued =
        credentials
            .credential(current.get(), code)
            .orElseThrow(() -> Refusal.notFound("credential.refused.not_found"));
    boolean json = wantsJson(headers);
    return Response.ok(
            json ? JSONObjectUtils.toJSONString(issued.credential()) : issued.jwt(),
            json ? MediaType.APPLICATION_JSON_TYPE : MediaType.valueOf(VC_JWT))
        .header("Content-Disposition", CredentialFiles.disposition(issued.code(), json))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @PUT
  @Path("visibility")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Show a credential to everyone or to its holder only",
      operationId = "credentialVisibility",
      description = "Body {public: true|false}. Only the holder; anyone else gets 404.")
  @APIResponse(responseCode = "200", description = "{code, public}")
  @APIResponse(responseCode = "400", description = "public is missing")
  @APIResponse(responseCode = "404", description = "No certificate this caller holds")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Map<String, Object> visibility(@PathParam("code") String code, VisibilityRequest request) {
    if (request == null || request.toEveryone == null) {
      throw Refusal.invalid("public", "credential.refused.public_missing");
    }
    Certificate certificate = standing.showCredential(current.get(), code, request.toEveryone);
    return Map.of("code", certificate.getCode(), "public", certificate.isCredentialPublic());
  }

  /** JSON when the caller asks for JSON rather than (or before) a VC-JWT. */
  static boolean wantsJson(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.valueOf(VC_JWT)) && !type.isWildcardType()) {
        return false;
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
        return true;
      }
    }
    return false;
  }
}
