package org.pathways.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathways.content.boundary.ContentLibrary;

/** The programs and their phases. */
@ApplicationScoped
@Path("programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {

  @Inject ContentLibrary library;

  @GET
  @Operation(summary = "List the programs and their phases")
  public List<CatalogViews.ProgramView> programs() {
    return library.catalog().programs().stream().map(CatalogViews.ProgramView::of).toList();
  }
}
