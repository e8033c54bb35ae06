package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.district.boundary.DistrictViews.DistrictView;
import org.pathways.district.entity.ManagersRequest;
import org.pathways.district.entity.SignInRuleRequest;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.SignInDomains;
import org.pathways.platform.boundary.PathwaysApi;

/** Partner districts and their managers. */
@ApplicationScoped
@Path("districts")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictsResource {

  @Inject Districts districts;
  @Inject DistrictViews views;
  @Inject CurrentCaller caller;
  @Inject SignInDomains signInDomains;

  @GET
  @Operation(
      summary = "The districts the caller may see",
      operationId = "listDistricts",
      description =
          "Program managers and administrators: every district; district managers: theirs; anyone else: none (an empty list).")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<DistrictView> all() {
    // Three statements: the districts (or the caller's, after the one that finds them), their
    // managers' accounts, their open invitations.
    return views.of(districts.visibleTo(caller.get()));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A district with its managers",
      operationId = "getDistrict",
      description = "Its managers, program managers and administrators; anyone else 404.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public DistrictView district(@PathParam("id") UUID id) {
    return views.of(districts.district(caller.get(), id));
  }

  @PUT
  @Path("{id}/managers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a district's managers",
      operationId = "replaceDistrictManagers",
      description =
          "Program managers and administrators. The whole list by email: new addresses are invited by mail to become a DISTRICT_MANAGER of it; whoever is left off loses the district on their next request.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public DistrictView managers(
      @PathParam("id") UUID id,
      @NotNull(message = "{district.body.required}") ManagersRequest request) {
    return views.of(districts.changeManagers(caller.get(), id, request.emails));
  }

  @GET
  @Path("{id}/sign-in")
  @Operation(
      summary = "A district's sign-in rule",
      operationId = "getDistrictSignIn",
      description =
          "`{domains, provider}`: teachers whose email is in one of the domains sign in through the provider, not with a password. Whoever may see the district; anyone else 404.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public SignInDomains.Rule signIn(@PathParam("id") UUID id) {
    return signInDomains.of(districts.district(caller.get(), id).getId());
  }

  @PUT
  @Path("{id}/sign-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Require a district's provider for its email domains",
      operationId = "replaceDistrictSignIn",
      description =
          "Administrators. `{domains: [...], provider}` replaces the rule; an empty list removes it. 400 for a domain that cannot be one or is a public mail service, or a provider that is not configured; 409 for a domain another district holds.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public SignInDomains.Rule replaceSignIn(
      @PathParam("id") UUID id,
      @NotNull(message = "{district.body.required}") SignInRuleRequest request) {
    UUID district = districts.district(caller.get(), id).getId();
    return signInDomains.replace(
        caller.get(),
        district,
        String.join("\n", request.domains == null ? List.of() : request.domains),
        request.provider);
  }
}
