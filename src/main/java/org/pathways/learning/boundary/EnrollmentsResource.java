package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.content.control.PuzzlePrograms;
import org.pathways.content.entity.PuzzleRun;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.Idempotent;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.CompletionRequest;
import org.pathways.learning.entity.EnrollmentRequest;
import org.pathways.learning.entity.Learner;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.boundary.RefusalStatus;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;

/** The caller's enrolments, their progress, step completion and certificates. */
@ApplicationScoped
@Path("enrollments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {

  @Inject Learning learning;
  @Inject StepCompletions completions;
  @Inject PuzzleSolving puzzles;
  @Inject Enrollments enrollments;
  @Inject Certificates certificates;
  @Inject CurrentCaller caller;
  @Inject CertificatePdf pdf;
  @Inject PublicLinks links;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enrol the caller in a course",
      description =
          "A course for cohorts needs its code; wrong codes are limited. Enrolling again answers the same enrolment.")
  @APIResponse(responseCode = "200", description = "Already enrolled: the same enrolment")
  @APIResponse(responseCode = "201", description = "The new enrolment")
  @APIResponse(responseCode = "429", description = "Too many wrong codes; Retry-After says when")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response enroll(EnrollmentRequest request) {
    if (request == null || request.course == null || request.course.isBlank()) {
      throw Refusal.invalid("course", "learning.enroll.course_required");
    }
    Enrollments.Enrolled enrolled = enrollments.enroll(caller.get(), request.course, request.code);
    Learner learner = learning.learner(caller.get(), enrolled.enrollment().getId());
    LearningViews.EnrollmentView view = LearningViews.EnrollmentView.of(learner, true);
    return enrolled.created()
        ? Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
            .entity(view)
            .build()
        : Response.ok(view).build();
  }

  @GET
  @Operation(summary = "The caller's enrolments with progress")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<LearningViews.EnrollmentView> mine() {
    return learning.enrollments(caller.get()).stream()
        .map(learner -> LearningViews.EnrollmentView.of(learner, false))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An enrolment with its modules' and steps' states")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public LearningViews.EnrollmentView enrollment(@PathParam("id") UUID id) {
    return LearningViews.EnrollmentView.of(learning.learner(caller.get(), id), true);
  }

  @PUT
  @Path("{id}/steps/{stepKey}/completion")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Complete a step",
      description =
          "Repeating it changes nothing. A quiz sends its answers; a puzzle its program, which"
              + " the server runs: 422 with the run when it does not solve the puzzle, 400 when"
              + " it is malformed or breaks the puzzle's limits.")
  @APIResponse(responseCode = "200", description = "The step and the enrolment's new state")
  @APIResponse(
      responseCode = "409",
      description = "The step is locked: the problem says which rule is unmet")
  @APIResponse(
      responseCode = "422",
      description =
          "The quiz is not passed, with feedback per question; or the puzzle is not solved, with"
              + " the run")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response complete(
      @PathParam("id") UUID id, @PathParam("stepKey") String stepKey, CompletionRequest body) {
    if (body != null && body.program != null) {
      return solve(id, stepKey, body.program);
    }
    Completion completion =
        completions.complete(caller.get(), id, stepKey, body == null ? null : body.answers);
    if (!completion.stepComplete()) {
      LearningViews.QuizView quiz = LearningViews.QuizView.of(completion.quiz());
      int status = RefusalStatus.of(Refusal.Kind.UNPROCESSABLE);
      Locale reader = ProblemResponses.reader(headers, request);
      return ProblemResponses.respond(status, reader)
          .entity(
              new LearningViews.QuizProblem(
                  "about:blank",
                  Texts.in(reader, "learning.quiz.problem.title"),
                  status,
                  Texts.in(
                      reader,
                      "learning.quiz.problem.detail",
                      String.valueOf(quiz.scorePercent()),
                      String.valueOf(quiz.passPercent())),
                  quiz.scorePercent(),
                  quiz.passPercent(),
                  quiz.questions()))
          .build();
    }
    Learner learner = new Learner(completion.enrollment(), completion.progress());
    return Response.ok(LearningViews.CompletionView.of(completion, learner)).build();
  }

  /** A puzzle's program: 400 when malformed or over the limits, 422 with the run when unsolved. */
  private Response solve(UUID id, String stepKey, List<Object> tree) {
    PuzzlePrograms.Parsed parsed = PuzzlePrograms.fromTree(tree);
    if (parsed.program().isEmpty()) {
      throw Refusal.invalid(
          Message.of("learning.puzzle.refused"),
          parsed.problems().stream().map(p -> new Refusal.FieldError("program", p)).toList());
    }
    PuzzleSolving.Solving solving =
        puzzles.solve(caller.get(), id, stepKey, parsed.program().get());
    if (solving.completion() == null) {
      PuzzleRun run = solving.run();
      int status = RefusalStatus.of(Refusal.Kind.UNPROCESSABLE);
      Locale reader = ProblemResponses.reader(headers, request);
      return ProblemResponses.respond(status, reader)
          .entity(
              new PuzzleViews.PuzzleProblem(
                  "about:blank",
                  Texts.in(reader, "learning.puzzle.problem.title"),
                  status,
                  Texts.in(
                      reader,
                      Message.of(
                          "learning.puzzle.problem.detail",
                          Message.of("puzzle.stop." + run.stoppedBecause()))),
                  false,
                  PuzzleViews.steps(run),
                  run.stoppedBecause().name(),
                  run.collected(),
                  run.flowers()))
          .build();
    }
    Completion completion = solving.completion();
    Learner learner = new Learner(completion.enrollment(), completion.progress());
    return Response.ok(LearningViews.CompletionView.of(completion, learner)).build();
  }

  @GET
  @Path("{id}/certificate")
  @Operation(
      summary = "The certificate of a completed enrolment",
      description = "404 until the course is complete.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public LearningViews.CertificateView certificate(@PathParam("id") UUID id) {
    Certificate certificate = certificateOf(id);
    return new LearningViews.CertificateView(
        certificate.getCode(),
        certificate.getCourseSlug(),
        certificate.getCourseTitle(),
        certificate.getHolderName(),
        certificate.getPdHours(),
        certificate.getCompletedAt(),
        links.verify(certificate.getCode()),
        uri.getBaseUriBuilder()
            .path("enrollments")
            .path(id.toString())
            .path("certificate.pdf")
            .build()
            .toString());
  }

  @GET
  @Path("{id}/certificate.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The certificate as PDF")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response certificatePdf(@PathParam("id") UUID id) {
    Certificate certificate = certificateOf(id);
    return Response.ok(
            pdf.render(
                certificate,
                links.verify(certificate.getCode()),
                Readers.api(request, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))))
        .header("Content-Disposition", "attachment; filename=\"pathways-certificate.pdf\"")
        .build();
  }

  private Certificate certificateOf(UUID id) {
    return certificates
        .certificate(caller.get(), id)
        .orElseThrow(() -> Refusal.notFound("learning.certificate.none"));
  }
}
