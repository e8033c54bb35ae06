package org.pathways.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.lti.entity.LtiPlatform;
import org.pathways.lti.entity.PlatformRequest;
import org.pathways.platform.boundary.PathwaysApi;

/** The LMSs registered as LTI 1.3 platforms (administrators). */
@ApplicationScoped
@Path("admin/lti/platforms")
@Produces(MediaType.APPLICATION_JSON)
public class LtiPlatformsResource {

  @Inject LtiPlatforms platforms;
  @Inject CurrentCaller current;
  @Context UriInfo uri;

  /** A registered platform as the API shows it. */
  public record PlatformView(
      String id,
      String issuer,
      String clientId,
      List<String> deploymentIds,
      String authLoginUrl,
      String authTokenUrl,
      String jwksUrl,
      Instant createdAt) {

    static PlatformView of(LtiPlatform p) {
      return new PlatformView(
          p.getId().toString(),
          p.getIssuer(),
          p.getClientId(),
          p.getDeploymentIds(),
          p.getAuthLoginUrl(),
          p.getAuthTokenUrl(),
          p.getJwksUrl(),
          p.getCreatedAt());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register an LMS as an LTI 1.3 platform (administrators)",
      operationId = "registerLtiPlatform",
      description =
          "Addresses must be https (http only for localhost); one registration per issuer and client id.")
  @APIResponse(responseCode = "201", description = "The registered platform")
  @APIResponse(responseCode = "400", description = "A field is missing or not valid")
  @APIResponse(responseCode = "409", description = "This issuer and client id are registered")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response register(PlatformRequest request) {
    LtiPlatform platform = platforms.register(current.get(), request, current.address());
    return Response.created(uri.getAbsolutePathBuilder().path(platform.getId().toString()).build())
        .entity(PlatformView.of(platform))
        .build();
  }

  @GET
  @Operation(
      summary = "The registered LTI platforms (administrators)",
      operationId = "listLtiPlatforms")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<PlatformView> all() {
    return platforms.all(current.get()).stream().map(PlatformView::of).toList();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Remove an LTI platform's registration (administrators)",
      operationId = "removeLtiPlatform")
  @APIResponse(responseCode = "204", description = "Removed; its launches stop")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response remove(@PathParam("id") UUID id) {
    platforms.remove(current.get(), id, current.address());
    return Response.noContent().build();
  }
}
