package org.pathways.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pathways.platform.control.Languages;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;

/**
 * API bodies over 256 KiB are refused with 413 before anything reads them. A body sent without a
 * length (chunked) is refused too: the API's clients always know the length of what they send.
 * Async-capable, as every filter on {@code /api} must be: the event stream ({@code /api/me/events})
 * is an asynchronous response.
 */
@WebFilter(filterName = "BodyLimit", urlPatterns = "/api/*", asyncSupported = true)
public class BodyLimit extends HttpFilter {

  static final long MAX_BYTES = 256 * 1024;
  private static final long DRAIN_BYTES = 4L * 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    if (length > MAX_BYTES || chunked) {
      drain(request);
      Locale reader = Languages.accepted(request.getHeader("Accept-Language"));
      response.setStatus(413);
      response.setLocale(reader);
      response.setHeader("Connection", "close");
      response.setContentType("application/problem+json");
      response
          .getOutputStream()
          .write(
              jakarta.json.Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", RefusalStatus.statusTitle(413, reader))
                  .add("status", 413)
                  .add("detail", Texts.in(reader, Message.of("platform.problem.too_large")))
                  .build()
                  .toString()
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Reads (and drops) a few MiB of the body first: most clients only read the answer once they have
   * sent their request; past that, the connection is closed.
   */
  private static void drain(HttpServletRequest request) {
    try (var in = request.getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      long read = 0;
      for (int n = in.read(buffer); n >= 0 && read < DRAIN_BYTES; n = in.read(buffer)) {
        read += n;
      }
    } catch (IOException e) {
      // The client went away: nothing to answer.
    }
  }
}
