package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.entity.Invitation;
import org.pathways.platform.boundary.PathwaysApi;

/**
 * {@code POST /api/me/invitations {token}}: the caller accepts an invitation mailed to their
 * address (the secret of its link), as the page behind the link does.
 */
@ApplicationScoped
@Path("me/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

  @Inject Invitations invitations;
  @Inject CurrentCaller current;

  /** The secret of the link, as mailed. A class: see the identity DTOs for why. */
  public static class Acceptance {
    @NotBlank(message = "{identity.invitation.token.required}")
    @Size(max = 100, message = "{identity.invitation.token.required}")
    public String token;
  }

  /** What the caller now facilitates. */
  public record Accepted(String scope, String id, String title, String role) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Accept an invitation to a role",
      description = "With the token from the invitation mail.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Accepted accept(
      @NotNull(message = "{identity.invitation.token.required}") @Valid Acceptance acceptance) {
    Invitation invitation = invitations.accept(current.get(), acceptance.token);
    return new Accepted(
        invitation.getScope(),
        invitation.getTargetId().toString(),
        invitation.getTargetTitle(),
        invitation.getRole().name());
  }
}
