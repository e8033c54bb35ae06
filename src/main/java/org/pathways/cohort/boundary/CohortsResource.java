package org.pathways.cohort.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortRequest;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.Identity;
import org.pathways.identity.entity.Account;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.entity.Learner;

/** District cohorts (the Cohorts table of the API contract). */
@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

  @Inject Cohorts cohorts;
  @Inject Identity identity;
  @Inject Learning learning;
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
      List<Teacher> teachers) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @NotNull(message = "{cohort.body.required}") @Valid CohortRequest request) {
    Cohort cohort = cohorts.create(caller.get(), request);
    return Response.created(uri.getAbsolutePathBuilder().path(cohort.getId().toString()).build())
        .entity(view(cohort, List.of()))
        .build();
  }

  @GET
  public List<CohortView> all() {
    return cohorts.all(caller.get()).stream().map(cohort -> view(cohort, null)).toList();
  }

  @GET
  @Path("{id}")
  public CohortView cohort(@PathParam("id") String id) {
    Cohort cohort = cohorts.cohort(caller.get(), uuid(id));
    return view(cohort, learning.cohortLearners(caller.get(), cohort));
  }

  private CohortView view(Cohort cohort, List<Learner> learners) {
    Map<UUID, Account> people =
        identity
            .accounts(
                learners == null
                    ? cohort.getFacilitators()
                    : java.util.stream.Stream.concat(
                            cohort.getFacilitators().stream(),
                            learners.stream().map(l -> l.enrollment().getAccountId()))
                        .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    List<Person> facilitators =
        cohort.getFacilitators().stream()
            .map(people::get)
            .filter(java.util.Objects::nonNull)
            .map(a -> new Person(a.getId().toString(), a.getName(), a.getEmail()))
            .toList();
    List<Teacher> teachers =
        learners == null
            ? null
            : learners.stream()
                .filter(l -> people.containsKey(l.enrollment().getAccountId()))
                .map(
                    l -> {
                      Account a = people.get(l.enrollment().getAccountId());
                      return new Teacher(
                          a.getId().toString(),
                          a.getName(),
                          a.getEmail(),
                          l.enrollment().getId().toString(),
                          l.progress().percent());
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
        teachers);
  }
}
