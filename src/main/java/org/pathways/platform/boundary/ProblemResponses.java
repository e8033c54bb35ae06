package org.pathways.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathways.platform.control.Database;
import org.pathways.platform.control.DatabaseUnavailable;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.ProblemDetail;

/**
 * Every error of the API as problem details, in the reader's language (their profile's, else {@code
 * Accept-Language}, English when it asks for none we speak; {@code Content-Language} says which):
 * the status the JAX-RS runtime chose with a plain title, malformed JSON as 400, a database that
 * did not answer in time as 503 with {@code Retry-After} (nothing was saved, send it again), and
 * anything unexpected as 500 with a reference to the log, never a stack trace.
 */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable error) {
    Locale reader = reader(headers, request);
    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      Response.ResponseBuilder response =
          respond(
              ProblemDetail.of(
                  status, RefusalStatus.statusTitle(status, reader), detail(web, reader)),
              status,
              reader);
      if (error instanceof NotAllowedException) {
        response.allow(web.getResponse().getAllowedMethods());
      }
      for (String header : new String[] {"WWW-Authenticate", "Retry-After"}) {
        Object value = web.getResponse().getHeaders().getFirst(header);
        if (value != null) {
          response.header(header, value);
        }
      }
      return response.build();
    }
    if ((error instanceof JsonbException || error instanceof ProcessingException)
        && whileReading(error)) {
      return respond(
              ProblemDetail.of(
                  400,
                  Texts.in(reader, Message.of("platform.problem.malformed_json.title")),
                  Texts.in(reader, Message.of("platform.problem.malformed_json.detail"))),
              400,
              reader)
          .build();
    }
    if (DatabaseUnavailable.recognises(error)) {
      // Nothing was saved (the transaction rolled back): the caller may send the same again.
      LOG.warning(() -> "The database did not answer in time: " + Database.rootMessage(error));
      return respond(
              ProblemDetail.of(
                  503,
                  Texts.in(reader, Message.of("platform.problem.database_unavailable.title")),
                  Texts.in(reader, Message.of("platform.problem.database_unavailable.detail"))),
              503,
              reader)
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .build();
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
    return respond(
            ProblemDetail.of(
                500,
                Texts.in(reader, Message.of("platform.problem.unexpected.title")),
                Texts.in(reader, Message.of("platform.problem.unexpected.detail", reference))),
            500,
            reader)
        .build();
  }

  /**
   * Whether the error arose reading the request body (the caller's JSON), not writing the answer.
   */
  private static boolean whileReading(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      for (StackTraceElement frame : cause.getStackTrace()) {
        if (frame.getMethodName().equals("readFrom")) {
          return true;
        }
        if (frame.getMethodName().equals("writeTo")) {
          return false;
        }
      }
    }
    return false;
  }

  public static Response.ResponseBuilder respond(ProblemDetail problem, int status, Locale reader) {
    return respond(status, reader).entity(problem);
  }

  /** A problem's status, media type and language, for a problem with more members to add. */
  public static Response.ResponseBuilder respond(int status, Locale reader) {
    return Response.status(status)
        .type(ProblemDetail.MEDIA_TYPE)
        .language(reader)
        .header(HttpHeaders.VARY, CompressionVary.ENCODING_AND_LANGUAGE);
  }

  /**
   * The language the API's caller reads: their profile's, else their {@code Accept-Language}, else
   * English.
   */
  public static Locale reader(HttpHeaders headers, HttpServletRequest request) {
    return Readers.apiLanguage(request, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  private static String detail(WebApplicationException error, Locale reader) {
    if (error instanceof NotFoundException) {
      return Texts.in(reader, Message.of("platform.problem.nothing_here"));
    }
    return error.getMessage() == null || error.getMessage().startsWith("HTTP ")
        ? Texts.in(
            reader,
            Message.of(
                "platform.problem.status.detail",
                RefusalStatus.statusTitle(error.getResponse().getStatus(), reader)))
        : error.getMessage();
  }
}
