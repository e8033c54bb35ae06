package org.pathways.learning.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.inject.Inject;
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
import java.util.List;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.control.LearningRefusals;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.CompletionRequest;
import org.pathways.learning.entity.EnrollmentRequest;
import org.pathways.learning.entity.Learner;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.ProblemDetail;

/** The caller's enrolments, their progress, step completion and certificates. */
@Path("enrollments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {

  @Inject Learning learning;
  @Inject StepCompletions completions;
  @Inject Enrollments enrollments;
  @Inject Certificates certificates;
  @Inject CurrentCaller caller;
  @Inject CertificatePdf pdf;
  @Inject PublicLinks links;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enroll(EnrollmentRequest request) {
    if (request == null || request.course == null || request.course.isBlank()) {
      throw LearningRefusals.invalid("course", "learning.enroll.course_required");
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
  public List<LearningViews.EnrollmentView> mine() {
    return learning.enrollments(caller.get()).stream()
        .map(learner -> LearningViews.EnrollmentView.of(learner, false))
        .toList();
  }

  @GET
  @Path("{id}")
  public LearningViews.EnrollmentView enrollment(@PathParam("id") String id) {
    return LearningViews.EnrollmentView.of(learning.learner(caller.get(), uuid(id)), true);
  }

  @PUT
  @Path("{id}/steps/{stepKey}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(
      @PathParam("id") String id, @PathParam("stepKey") String stepKey, CompletionRequest body) {
    Completion completion =
        completions.complete(caller.get(), uuid(id), stepKey, body == null ? null : body.answers);
    if (!completion.stepComplete()) {
      LearningViews.QuizView quiz = LearningViews.QuizView.of(completion.quiz());
      return Response.status(422)
          .type(ProblemDetail.MEDIA_TYPE)
          .entity(
              new LearningViews.QuizProblem(
                  "about:blank",
                  Texts.english("learning.quiz.problem.title"),
                  422,
                  Texts.english(
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

  @GET
  @Path("{id}/certificate")
  public LearningViews.CertificateView certificate(@PathParam("id") String id) {
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
            .path(id)
            .path("certificate.pdf")
            .build()
            .toString());
  }

  @GET
  @Path("{id}/certificate.pdf")
  @Produces("application/pdf")
  public Response certificatePdf(@PathParam("id") String id) {
    Certificate certificate = certificateOf(id);
    return Response.ok(pdf.render(certificate, links.verify(certificate.getCode())))
        .header("Content-Disposition", "attachment; filename=\"pathways-certificate.pdf\"")
        .build();
  }

  private Certificate certificateOf(String id) {
    return certificates
        .certificate(caller.get(), uuid(id))
        .orElseThrow(() -> LearningRefusals.notFound("learning.certificate.none"));
  }
}
