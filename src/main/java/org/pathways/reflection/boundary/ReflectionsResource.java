package org.pathways.reflection.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.inject.Inject;
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
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.ProblemDetail;
import org.pathways.reflection.entity.DraftConflict;
import org.pathways.reflection.entity.DraftRequest;
import org.pathways.reflection.entity.ReflectionDraft;
import org.pathways.reflection.entity.ReflectionSubmission;
import org.pathways.reflection.entity.SubmissionRequest;

/** Reflections of an enrolment (the Reflections table of the API contract). */
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

  public record SubmissionView(String id, int version, String visibility, Instant submittedAt) {}

  /** A stale draft save: the problem, with the server's draft to show beside the teacher's. */
  public record DraftProblem(
      String type, String title, int status, String detail, ReflectionViews.DraftView draft) {}

  public record VisibilityRequest(String visibility) {}

  @GET
  public List<ReflectionViews.PromptView> prompts(@PathParam("id") String id) {
    return reads.prompts(caller.get(), uuid(id));
  }

  @PUT
  @Path("{stepKey}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response draft(
      @PathParam("id") String id, @PathParam("stepKey") String stepKey, DraftRequest body) {
    DraftRequest request = body == null ? new DraftRequest() : body;
    try {
      ReflectionDraft draft =
          reflections.saveDraft(caller.get(), uuid(id), stepKey, request.text, request.revision);
      return Response.ok(new Saved(draft.getRevision(), draft.getSavedAt())).build();
    } catch (DraftConflict conflict) {
      return Response.status(409)
          .type(ProblemDetail.MEDIA_TYPE)
          .entity(
              new DraftProblem(
                  "about:blank",
                  Texts.english("reflection.draft.conflict.title"),
                  409,
                  Texts.english("reflection.draft.conflict.detail"),
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
  public Response submit(
      @PathParam("id") String id,
      @PathParam("stepKey") String stepKey,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      SubmissionRequest body) {
    SubmissionRequest request = body == null ? new SubmissionRequest() : body;
    Reflections.Submitted submitted =
        reflections.submit(
            caller.get(), uuid(id), stepKey, request.text, request.visibility, idempotencyKey);
    ReflectionSubmission s = submitted.submission();
    SubmissionView view =
        new SubmissionView(
            s.getId().toString(), s.getVersion(), s.getVisibility().name(), s.getSubmittedAt());
    return Response.status(submitted.created() ? 201 : 200).entity(view).build();
  }

  @PUT
  @Path("{stepKey}/visibility")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<SubmissionView> visibility(
      @PathParam("id") String id, @PathParam("stepKey") String stepKey, VisibilityRequest body) {
    return reflections
        .showTo(caller.get(), uuid(id), stepKey, body == null ? null : body.visibility())
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
  public Response journal(@PathParam("id") String id, @Context HttpHeaders headers) {
    ReflectionJournal.Journal journal = journals.of(caller.get(), uuid(id), clock.instant());
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
