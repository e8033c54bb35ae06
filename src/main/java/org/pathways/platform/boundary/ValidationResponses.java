package org.pathways.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.ValidationTexts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.ProblemDetail;
import org.pathways.platform.entity.Refusal;

/**
 * Bean Validation failures at the boundary: 400 naming each invalid field in plain words, in the
 * caller's language.
 */
@Provider
public class ValidationResponses implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Locale reader = ProblemResponses.reader(headers, request);
    List<ProblemDetail.FieldProblem> errors =
        exception.getConstraintViolations().stream()
            .map(
                violation ->
                    new ProblemDetail.FieldProblem(
                        field(violation),
                        ValidationTexts.in(
                            reader, violation.getMessageTemplate(), violation.getMessage())))
            .sorted(Comparator.comparing(ProblemDetail.FieldProblem::field))
            .toList();
    ProblemDetail problem =
        ProblemDetail.of(
                RefusalStatus.of(Refusal.Kind.INVALID),
                RefusalStatus.title(Refusal.Kind.INVALID, reader),
                Texts.in(reader, Message.of("platform.problem.fields")))
            .withErrors(errors);
    return ProblemResponses.respond(problem, 400, reader).build();
  }

  /** The last named node of the path: the body's field, not the method and parameter names. */
  private static String field(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }
}
