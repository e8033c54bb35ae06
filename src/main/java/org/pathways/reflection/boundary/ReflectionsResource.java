package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.Idempotent;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.boundary.RefusalStatus;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;
import org.pathways.reflection.entity.DraftConflict;
import org.pathways.reflection.entity.DraftRequest;
import org.pathways.reflection.entity.ReflectionDraft;
import org.pathways.reflection.entity.ReflectionSubmission;
import org.pathways.reflection.entity.SubmissionRequest;

/** Reflections of an enrolment (the Reflections table of the API contract). */
@ApplicationScoped
@Path("enrollments/{id}/reflections")
@Produces(MediaType.APPLICATION_JSON)
public class ReflectionsResource {

  static final String MARKDOWN = "text/markdown";

  @Inject Reflections reflections;
  @Inject ReflectionReads reads;
  @Inject ReflectionJournal journals;
  @Inject JournalPdf pdf;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Context HttpServletRequest servlet;
  @Context HttpHeaders asked;

  public record SubmissionView(String id, int version, String visibility, Instant submittedAt) {}

  /** A stale draft save: the problem, with the server's draft to show beside the teacher's. */
  public record DraftProblem(
      String type, String title, int status, String detail, ReflectionViews.DraftView draft) {}

  public record VisibilityRequest(String visibility) {}

  @GET
  @Operation(
      summary = "Every reflection prompt of the course with drafts, submissions and feedback")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<ReflectionViews.PromptView> prompts(@PathParam("id") UUID id) {
    return reads.prompts(caller.get(), id, ProblemResponses.reader(asked, servlet).getLanguage());
  }

  @PUT
  @Path("{stepKey}/draft")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a reflection draft")
  @APIResponse(responseCode = "200", description = "The draft's revision and when it was saved")
  @APIResponse(
      responseCode = "409",
      description = "The revision is stale: the answer carries the server's draft")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response draft(
      @PathParam("id") UUID id, @PathParam("stepKey") String stepKey, DraftRequest body) {
    DraftRequest request = body == null ? new DraftRequest() : body;
    try {
      ReflectionDraft draft =
          reflections.saveDraft(caller.get(), id, stepKey, request.text, request.revision);
      return Response.ok(new Saved(draft.getRevision(), draft.getSavedAt())).build();
    } catch (DraftConflict conflict) {
      int status = RefusalStatus.of(Refusal.Kind.CONFLICT);
      Locale reader = ProblemResponses.reader(asked, servlet);
      return ProblemResponses.respond(status, reader)
          .entity(
              new DraftProblem(
                  "about:blank",
                  Texts.in(reader, conflict.title()),
                  status,
                  Texts.in(reader, conflict.detail()),
                  new ReflectionViews.DraftView(
                      conflict.text(), conflict.revision(), conflict.savedAt())))
          .build();
    }
  }

  /** A saved draft: its revision, for the next save to start from, and when. */
  public record Saved(int revision, Instant savedAt) {}

  @POST
  @Path("{stepKey}/submissions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit a reflection",
      description = "An Idempotency-Key header makes a repeat return the first result.")
  @APIResponse(responseCode = "200", description = "The same result for a repeated Idempotency-Key")
  @APIResponse(responseCode = "201", description = "The submitted version")
  @APIResponse(responseCode = "422", description = "Shorter than the prompt's minimum")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response submit(
      @PathParam("id") UUID id,
      @PathParam("stepKey") String stepKey,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      SubmissionRequest body) {
    SubmissionRequest request = body == null ? new SubmissionRequest() : body;
    Reflections.Submitted submitted =
        reflections.submit(
            caller.get(), id, stepKey, request.text, request.visibility, idempotencyKey);
    ReflectionSubmission s = submitted.submission();
    SubmissionView view =
        new SubmissionView(
            s.getId().toString(), s.getVersion(), s.getVisibility().name(), s.getSubmittedAt());
    return Response.status(submitted.created() ? 201 : 200).entity(view).build();
  }

  @PUT
  @Path("{stepKey}/visibility")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change who may read the submitted reflection")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<SubmissionView> visibility(
      @PathParam("id") UUID id, @PathParam("stepKey") String stepKey, VisibilityRequest body) {
    return reflections
        .showTo(caller.get(), id, stepKey, body == null ? null : body.visibility())
        .stream()
        .map(
            s ->
                new SubmissionView(
                    s.getId().toString(),
                    s.getVersion(),
                    s.getVisibility().name(),
                    s.getSubmittedAt()))
        .toList();
  }

  @GET
  @Path("journal")
  @Produces({MARKDOWN, "application/pdf"})
  @Operation(
      summary = "The caller's reflection journal of the course",
      description = "As Markdown or PDF, by Accept.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response journal(@PathParam("id") UUID id, @Context HttpHeaders headers) {
    ReflectionJournal.Journal journal =
        journals.of(
            caller.get(),
            id,
            clock.instant(),
            Readers.api(servlet, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    boolean wantsPdf =
        headers.getAcceptableMediaTypes().stream()
            .anyMatch(
                type ->
                    type.isCompatible(MediaType.valueOf("application/pdf"))
                        && !type.isWildcardType());
    if (wantsPdf) {
      return Response.ok(pdf.render(journal), "application/pdf")
          .header("Content-Disposition", "attachment; filename=\"reflection-journal.pdf\"")
          .build();
    }
    return Response.ok(ReflectionJournal.markdown(journal), MARKDOWN + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"reflection-journal.md\"")
        .build();
  }
}
