package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.GradeBand;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.ProfileChange;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.entity.Refusal;

/** The caller's own account: read, change, export, delete. */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Accounts accounts;
  @Inject DataExport exports;
  @Inject AccountDeletion deletion;
  @Inject CurrentCaller current;
  @Inject Authorization authorization;

  @GET
  @Operation(summary = "The caller's account")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public AccountView me() {
    return AccountView.of(own(Permission.ACCOUNT_READ));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the caller's profile")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public AccountView change(
      @NotNull(message = "{identity.body.required}") @Valid ProfileChange change) {
    Account account = own(Permission.ACCOUNT_UPDATE);
    return AccountView.of(
        accounts.updateProfile(
            account.getId(),
            new Account.Profile(
                change.name(),
                change.school(),
                change.district(),
                change.state(),
                change.zip(),
                GradeBand.of(change.gradeBand()).orElse(null)),
            change.getLanguage(),
            change.getTimeZone()));
  }

  @GET
  @Path("export")
  @Operation(summary = "All the caller's data as one JSON document")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response export() {
    Account account = own(Permission.ACCOUNT_READ);
    Map<String, Object> export = exports.export(account.getId());
    return Response.ok(export)
        .header("Content-Disposition", "attachment; filename=\"pathways-my-data.json\"")
        .build();
  }

  /**
   * Deletes the caller's account when the body gives its password again ({@code {password}}): a
   * token alone, such as a page's, is not enough. 400 without it, 403 when wrong.
   */
  @DELETE
  @Operation(
      summary = "Delete the caller's account",
      description =
          "The body gives the password again ({password}): a token alone is not enough. The last administrator cannot delete their account.",
      operationId = "deleteAccount")
  @APIResponse(responseCode = "204", description = "The account is gone")
  @APIResponse(responseCode = "409", description = "The caller is the last administrator")
  @APIResponse(
      responseCode = "503",
      description = "Too many sign-ins at once to check the password now; Retry-After says when")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response delete(String body) {
    Account account = own(Permission.ACCOUNT_UPDATE);
    deletion.delete(account.getId(), password(body), current.address());
    return Response.noContent().build();
  }

  /** The {@code password} of a JSON body, or null when there is none. */
  private static String password(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object
          && object.get("password") instanceof JsonString password) {
        return password.getString();
      }
      return null;
    } catch (JsonException malformed) {
      throw Refusal.invalid("password", "identity.body.malformed");
    }
  }

  private Account own(Permission permission) {
    Caller caller = current.get();
    if (!caller.signedIn()) {
      throw Refusal.of(Refusal.Kind.NOT_SIGNED_IN, "identity.api.sign_in");
    }
    Account account =
        accounts
            .account(caller.id())
            .orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    authorization.require(caller, permission, account);
    return account;
  }
}
