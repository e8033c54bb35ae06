package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.pathways.identity.entity.SignUp;

/** Sign-up through the API. */
@ApplicationScoped
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject SignUps signUps;
  @Inject CurrentCaller caller;

  @POST
  @Operation(
      summary = "Sign up: create a teacher's account",
      description = "Sign-ups per address are limited.")
  @APIResponse(responseCode = "201", description = "The new account")
  @APIResponse(responseCode = "409", description = "The email is already in use")
  @APIResponse(
      responseCode = "429",
      description = "Too many sign-ups from this address; Retry-After says when")
  @APIResponse(
      responseCode = "503",
      description = "Too many sign-ins at once to hash the password now; Retry-After says when")
  public Response signUp(@NotNull(message = "{identity.body.required}") @Valid SignUp form) {
    AccountView account = AccountView.of(signUps.signUp(form, caller.address()));
    return Response.created(URI.create("me")).entity(account).build();
  }
}
