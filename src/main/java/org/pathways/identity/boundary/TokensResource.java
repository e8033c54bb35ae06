package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.entity.ApiToken;
import org.pathways.identity.entity.Credentials;
import org.pathways.identity.entity.IssuedToken;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.entity.Refusal;

/** Bearer tokens for the API: issued for an email and password, revoked by their holder. */
@ApplicationScoped
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject SignIns signIns;
  @Inject Tokens tokens;
  @Inject CurrentCaller caller;

  public record Token(String token, Instant expiresAt) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue a bearer token",
      description =
          "For an email and password. An unknown email and a wrong password get the same 401;"
              + " repeated attempts are limited.")
  @APIResponse(responseCode = "201", description = "The token and when it expires")
  @APIResponse(responseCode = "401", description = "Unknown email or wrong password")
  @APIResponse(responseCode = "429", description = "Too many attempts; Retry-After says when")
  @APIResponse(
      responseCode = "503",
      description = "Too many sign-ins at once to check the password now; Retry-After says when")
  public Response issue(
      @NotNull(message = "{identity.body.required}") @Valid Credentials credentials) {
    var account = signIns.signIn(credentials.email(), credentials.password(), caller.address());
    IssuedToken issued = tokens.issue(account.getId(), ApiToken.Purpose.API);
    return Response.status(Response.Status.CREATED)
        .entity(new Token(issued.token(), issued.expiresAt()))
        .build();
  }

  @DELETE
  @Path("current")
  @Operation(summary = "Revoke the token this call carries")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response revokeCurrent() {
    if (caller.tokenId() == null) {
      throw Refusal.of(Refusal.Kind.NOT_SIGNED_IN, "identity.token.bearer_required");
    }
    tokens.revoke(caller.tokenId(), caller.get().id());
    return Response.noContent().build();
  }
}
