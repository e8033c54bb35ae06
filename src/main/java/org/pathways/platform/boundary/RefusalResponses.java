package org.pathways.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.ProblemDetail;
import org.pathways.platform.entity.Refusal;

/**
 * A refusal as problem details in the reader's language ({@code Accept-Language}), with Retry-After
 * when the caller should wait.
 */
@Provider
public class RefusalResponses implements ExceptionMapper<Refusal> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Refusal refusal) {
    int status = RefusalStatus.of(refusal.kind());
    Locale reader = ProblemResponses.reader(headers, request);
    ProblemDetail problem =
        ProblemDetail.of(
            status,
            RefusalStatus.title(refusal.kind(), reader),
            Texts.in(reader, refusal.detail()));
    if (!refusal.errors().isEmpty()) {
      problem =
          problem.withErrors(
              refusal.errors().stream()
                  .map(
                      e -> new ProblemDetail.FieldProblem(e.field(), Texts.in(reader, e.message())))
                  .toList());
    }
    Response.ResponseBuilder response = ProblemResponses.respond(problem, status, reader);
    if (refusal.retryAfter() != null) {
      response.header("Retry-After", Limiter.seconds(refusal.retryAfter()));
    }
    if (refusal.kind() == Refusal.Kind.NOT_SIGNED_IN) {
      response.header("WWW-Authenticate", "Bearer");
    }
    return response.build();
  }
}
