package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.RoleAssignment;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.entity.Refusal;

/**
 * Other people's accounts, for administrators. An id that is not a UUID is a 404, from JAX-RS's
 * parameter conversion.
 */
@ApplicationScoped
@Path("users/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject Accounts accounts;
  @Inject AccountRoles accountRoles;
  @Inject CurrentCaller current;
  @Inject Authorization authorization;

  @GET
  @Operation(summary = "Another person's account (administrators)", operationId = "readUser")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public AccountView read(@PathParam("id") UUID id) {
    Caller caller = current.get();
    Account account = find(caller, id);
    authorization.require(caller, Permission.ACCOUNT_READ, account);
    return AccountView.of(account);
  }

  @PUT
  @Path("roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Assign an account's roles (administrators)",
      description = "Nobody can give up the last administrator's role.")
  @APIResponse(responseCode = "200", description = "The account with its roles")
  @APIResponse(responseCode = "409", description = "This would leave no administrator")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public AccountView assign(
      @PathParam("id") UUID id,
      @NotNull(message = "{identity.body.required}") @Valid RoleAssignment roles) {
    Caller caller = current.get();
    Account account = find(caller, id);
    authorization.require(caller, Permission.ROLES_ASSIGN, account);
    return AccountView.of(accountRoles.assignRoles(caller, account.getId(), roles.roles()));
  }

  private Account find(Caller caller, UUID id) {
    authorization.requireSignedIn(caller);
    return accounts.account(id).orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
  }
}
