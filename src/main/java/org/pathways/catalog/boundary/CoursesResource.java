package org.pathways.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.platform.boundary.Revalidated;
import org.pathways.platform.entity.Refusal;

/** The courses, and each course's outline of modules and steps. */
@ApplicationScoped
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

  @Inject ContentLibrary library;

  @GET
  @Operation(summary = "List the courses")
  public List<CatalogViews.CourseSummary> courses() {
    return library.courses().stream()
        .sorted(Comparator.comparing(course -> course.slug()))
        .map(CatalogViews.CourseSummary::of)
        .toList();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "A course's outline: modules and steps")
  @Revalidated(personal = false)
  public CatalogViews.CourseOutline outline(@PathParam("slug") String slug) {
    return library
        .course(slug)
        .map(CatalogViews.CourseOutline::of)
        .orElseThrow(
            () -> {
              String shown = slug.replaceAll("[^a-z0-9-]", "");
              return Refusal.notFound("catalog.course.none", shown);
            });
  }
}
