package org.pathways.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.platform.boundary.CompressionVary;
import org.pathways.platform.boundary.Revalidated;
import org.pathways.platform.control.Languages;
import org.pathways.platform.entity.Refusal;

/** The courses, and each course's outline of modules and steps. */
@ApplicationScoped
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

  @Inject ContentLibrary library;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "List the courses",
      description =
          "Titles, summaries and audiences in the caller's language (profile, else"
              + " Accept-Language) where a course is translated; `lang` says which.")
  @APIResponse(
      responseCode = "200",
      description = "The courses",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = CatalogViews.CourseSummary.class)))
  public Response courses() {
    String reader = reader();
    return inLanguage(
        library.courses().stream()
            .sorted(Comparator.comparing(course -> course.slug()))
            .map(course -> CatalogViews.CourseSummary.of(course, reader))
            .toList());
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary = "A course's outline: modules and steps",
      description =
          "In the caller's language (Accept-Language) where the course is"
              + " translated, each title falling back to the course's own; `lang` says which.")
  @APIResponse(
      responseCode = "200",
      description = "The outline",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CatalogViews.CourseOutline.class)))
  @Revalidated(personal = false)
  public Response outline(@PathParam("slug") String slug) {
    String reader = reader();
    return inLanguage(
        library
            .course(slug)
            .map(course -> CatalogViews.CourseOutline.of(course, reader))
            .orElseThrow(
                () -> {
                  String shown = slug.replaceAll("[^a-z0-9-]", "");
                  return Refusal.notFound("catalog.course.none", shown);
                }));
  }

  /**
   * The reader's language from {@code Accept-Language} alone: these answers are public and shared
   * caches keep them by that header ({@code Vary}), so a profile's language must not change them.
   */
  private String reader() {
    return Languages.accepted(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage();
  }

  /** The answer varies with the caller's language: shared caches must keep one per language. */
  private Response inLanguage(Object entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.VARY, CompressionVary.ENCODING_AND_LANGUAGE)
        .build();
  }
}
