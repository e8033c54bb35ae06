package org.pathways.workshop.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.boundary.RefusalStatus;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.ProblemDetail;

/**
 * A 409 problem naming each earlier phase a teacher still needs, with a link to it: the course page
 * of an online phase, or the workshop finder of an in-person one.
 */
@Provider
public class PrerequisiteResponses implements ExceptionMapper<Registrations.PrerequisitesUnmet> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  /** One thing missing, as the problem's {@code errors} list shows it. */
  public record Needed(
      String field,
      int phase,
      String title,
      String course,
      Integer percentNeeded,
      int percentNow,
      String href,
      String message) {}

  @Override
  public Response toResponse(Registrations.PrerequisitesUnmet unmet) {
    int status = RefusalStatus.of(unmet.kind());
    Locale reader = ProblemResponses.reader(headers, request);
    ProblemDetail problem =
        ProblemDetail.of(
                status,
                Texts.in(reader, Message.of("workshop.refused.prerequisite.title")),
                Texts.in(reader, unmet.detail()))
            .withErrors(
                unmet.missing().stream()
                    .map(
                        m ->
                            new Needed(
                                "prerequisite",
                                m.phase(),
                                m.title(),
                                m.course(),
                                m.percentNeeded(),
                                m.percentNow(),
                                Journeys.href(unmet.program(), m),
                                Texts.in(
                                    reader,
                                    Message.of(
                                        m.online()
                                            ? "workshop.refused.prerequisite.course"
                                            : "workshop.refused.prerequisite.workshop",
                                        m.title()))))
                    .toList());
    return ProblemResponses.respond(problem, status, reader).build();
  }
}
