package org.pathways.platform.boundary;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import org.pathways.platform.control.Database;
import org.pathways.platform.control.DatabaseUnavailable;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.ProblemDetail;

/**
 * A request that failed because the database did not answer in time (see {@link
 * DatabaseUnavailable}) gets the plain answer instead of the error page: 503 with {@code
 * Retry-After}, a problem on the API, the "we could not save that, nothing you wrote is lost" page
 * elsewhere. This catches what fails outside the API's exception mappers: who the caller is (a
 * token or a session looked up before any resource runs) and every Faces page.
 */
@WebFilter(filterName = "DatabaseUnavailableAnswers", urlPatterns = "/*", asyncSupported = true)
public class DatabaseUnavailableAnswers extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableAnswers.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.recognises(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(
          () ->
              "The database did not answer in time for "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + ": "
                  + Database.rootMessage(e));
      answer(request, response);
    }
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.resetBuffer();
    response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      // The 503 error page (web.xml) says it in the page's language.
      response.sendError(503);
      return;
    }
    Locale reader = Readers.apiLanguage(request, request.getHeader("Accept-Language"));
    byte[] body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add(
                "title",
                Texts.in(reader, Message.of("platform.problem.database_unavailable.title")))
            .add("status", 503)
            .add(
                "detail",
                Texts.in(reader, Message.of("platform.problem.database_unavailable.detail")))
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(503);
    response.setContentType(ProblemDetail.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", reader.toLanguageTag());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
