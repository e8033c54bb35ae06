package org.pathways.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.content.control.ProblemText;
import org.pathways.content.entity.ContentState;
import org.pathways.content.entity.PackageStatus;
import org.pathways.content.entity.Problem;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Permission;
import org.pathways.platform.boundary.PathwaysApi;

/** Content administration: what is loaded, and a reload after authors change modules/. */
@ApplicationScoped
@Path("admin/content")
@Produces(MediaType.APPLICATION_JSON)
public class ContentAdminResource {

  @Inject ContentLibrary library;
  @Inject CurrentCaller caller;
  @Inject Authorization authorization;

  public record Overview(Instant loadedAt, List<PackageView> packages) {}

  public record Reload(List<String> loaded, List<ContentProblem> errors) {}

  /** A package's state as {@link PackageStatus}, its problems in words. */
  public record PackageView(
      String name,
      PackageStatus.State state,
      String servedVersion,
      Instant servedSince,
      String readVersion,
      List<ContentProblem> problems) {

    static PackageView of(PackageStatus status) {
      return new PackageView(
          status.name(),
          status.state(),
          status.servedVersion(),
          status.servedSince(),
          status.readVersion(),
          ContentProblem.of(status.problems()));
    }
  }

  /** A problem as authors read it: where, and the sentence in English. */
  public record ContentProblem(String file, int line, int column, String message) {

    static List<ContentProblem> of(List<Problem> problems) {
      return problems.stream()
          .map(
              problem ->
                  new ContentProblem(
                      problem.file(),
                      problem.line(),
                      problem.column(),
                      ProblemText.english(problem.message())))
          .toList();
    }
  }

  @GET
  @Operation(
      summary = "The loaded version of each course package",
      description = "Content administrators and administrators; also the last load's errors.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Overview overview() {
    requireContentAdmin();
    ContentState state = library.state();
    return new Overview(state.loadedAt(), sorted(state).stream().map(PackageView::of).toList());
  }

  @POST
  @Path("reload")
  @Operation(
      summary = "Reload the course packages",
      description =
          "Content administrators and administrators. A package with errors never replaces its last good version.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Reload reload() {
    requireContentAdmin();
    ContentState state = library.reloadEverywhere();
    List<String> loaded =
        sorted(state).stream()
            .filter(status -> status.state() == PackageStatus.State.LOADED)
            .map(PackageStatus::name)
            .toList();
    return new Reload(loaded, ContentProblem.of(state.problems()));
  }

  private static List<PackageStatus> sorted(ContentState state) {
    return state.packages().values().stream()
        .sorted(java.util.Comparator.comparing(PackageStatus::name))
        .toList();
  }

  private void requireContentAdmin() {
    authorization.requireContentManager(caller.get(), Permission.CONTENT_ADMINISTER);
  }
}
