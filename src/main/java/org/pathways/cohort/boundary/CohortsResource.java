package org.pathways.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortChange;
import org.pathways.cohort.entity.CohortRequest;
import org.pathways.cohort.entity.CohortTeacher;
import org.pathways.cohort.entity.FacilitatorsRequest;
import org.pathways.identity.boundary.AccountNames;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;

/** District cohorts (the Cohorts table of the API contract). */
@ApplicationScoped
@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

  @Inject Cohorts cohorts;
  @Inject CohortSettings settings;
  @Inject AccountNames names;
  @Inject CohortTeachers teachers;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;

  public record Person(String id, String name, String email) {}

  public record Teacher(String id, String name, String email, String enrollment, int percent) {}

  public record CohortView(
      String id,
      String name,
      String district,
      String course,
      String code,
      Instant expiresAt,
      Instant createdAt,
      List<Person> facilitators,
      List<String> invited,
      List<Teacher> teachers,
      java.time.LocalDate targetDate,
      java.time.LocalDate codeExpiresOn,
      int inactiveDays,
      Instant closedAt,
      String districtId) {}

  /** The new code a teacher types from now on. */
  public record Code(String code) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a district cohort",
      description =
          "Program managers and administrators. The answer carries the code teachers type to enrol; facilitators are invited by mail.")
  @APIResponse(responseCode = "201", description = "The cohort with its enrolment code")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response create(
      @NotNull(message = "{cohort.body.required}") @Valid CohortRequest request) {
    Cohort cohort = cohorts.create(caller.get(), request);
    return Response.created(uri.getAbsolutePathBuilder().path(cohort.getId().toString()).build())
        .entity(view(cohort, people(Set.of()), cohorts.invited(cohort), List.of()))
        .build();
  }

  @GET
  @Operation(summary = "List the cohorts the caller may see")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<CohortView> all() {
    List<Cohort> all = cohorts.all(caller.get());
    // Three statements for the whole list: the cohorts, their facilitators, their invitations.
    Map<UUID, AccountNames.Named> people =
        people(all.stream().flatMap(c -> c.getFacilitators().stream()).collect(Collectors.toSet()));
    Map<UUID, List<String>> invited = cohorts.invited(all);
    return all.stream()
        .map(c -> view(c, people, invited.getOrDefault(c.getId(), List.of()), null))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A cohort with its facilitators and teachers",
      description = "Its facilitators, program managers and administrators.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public CohortView cohort(@PathParam("id") UUID id) {
    Cohort cohort = cohorts.cohort(caller.get(), id);
    List<CohortTeacher> learners = teachers.of(caller.get(), cohort);
    return view(
        cohort,
        people(
            java.util.stream.Stream.concat(
                    cohort.getFacilitators().stream(),
                    learners.stream().map(CohortTeacher::accountId))
                .collect(Collectors.toSet())),
        cohorts.invited(cohort),
        learners);
  }

  /**
   * The whole list of facilitators by email: new addresses are invited by mail, those left off lose
   * every right to the cohort on their next request.
   */
  @PUT
  @Path("{id}/facilitators")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a cohort's facilitators",
      description =
          "The whole list by email: new addresses are invited by mail; whoever is left off loses every right to the cohort on their next request.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public CohortView facilitators(
      @PathParam("id") UUID id,
      @NotNull(message = "{cohort.body.required}") @Valid FacilitatorsRequest request) {
    Cohort cohort = cohorts.changeFacilitators(caller.get(), id, request.emails);
    return view(cohort, people(cohort.getFacilitators()), cohorts.invited(cohort), null);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "editCohort",
      summary = "Edit a cohort's name, target date, code expiry and idle days",
      description =
          "Program managers, administrators and its district's managers (403 for its facilitators). Left-out optional fields are cleared; dates before today are refused; a closed cohort answers 409.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public CohortView edit(
      @PathParam("id") UUID id,
      @NotNull(message = "{cohort.change.body.required}") @Valid CohortChange change) {
    Cohort cohort = settings.edit(caller.get(), id, change);
    return view(cohort, people(cohort.getFacilitators()), cohorts.invited(cohort), null);
  }

  @POST
  @Path("{id}/code")
  @Operation(summary = "Give a cohort a new code; the previous one stops working at once")
  @APIResponse(responseCode = "201", description = "The new code")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response newCode(@PathParam("id") UUID id) {
    Cohort cohort = settings.newCode(caller.get(), id);
    return Response.status(Response.Status.CREATED).entity(new Code(cohort.displayCode())).build();
  }

  @POST
  @Path("{id}/close")
  @Operation(
      summary = "Close a cohort",
      description = "Its teachers' records become read-only and its forum space is archived.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public CohortView close(@PathParam("id") UUID id) {
    Cohort cohort = settings.close(caller.get(), id);
    return view(cohort, people(cohort.getFacilitators()), cohorts.invited(cohort), null);
  }

  /** Their names and emails in one statement, however many ({@link AccountNames}). */
  private Map<UUID, AccountNames.Named> people(java.util.Collection<UUID> ids) {
    return names.of(ids);
  }

  private CohortView view(
      Cohort cohort,
      Map<UUID, AccountNames.Named> people,
      List<String> invited,
      List<CohortTeacher> learners) {
    List<Person> facilitators =
        cohort.getFacilitators().stream()
            .map(people::get)
            .filter(java.util.Objects::nonNull)
            .map(a -> new Person(a.id().toString(), a.name(), a.email()))
            .toList();
    List<Teacher> teachers =
        learners == null
            ? null
            : learners.stream()
                .filter(l -> people.containsKey(l.accountId()))
                .map(
                    l -> {
                      AccountNames.Named a = people.get(l.accountId());
                      return new Teacher(
                          a.id().toString(),
                          a.name(),
                          a.email(),
                          l.enrollmentId().toString(),
                          l.percent());
                    })
                .toList();
    return new CohortView(
        cohort.getId().toString(),
        cohort.getName(),
        cohort.getDistrict(),
        cohort.getCourseSlug(),
        cohort.displayCode(),
        cohort.getExpiresAt(),
        cohort.getCreatedAt(),
        facilitators,
        invited,
        teachers,
        cohort.getTargetDate(),
        cohort.getCodeExpiresOn(),
        cohort.getInactiveDays(),
        cohort.getClosedAt(),
        cohort.getDistrictId() == null ? null : cohort.getDistrictId().toString());
  }
}
