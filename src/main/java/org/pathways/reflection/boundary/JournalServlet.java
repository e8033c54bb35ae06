package org.pathways.reflection.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.boundary.UuidConverter;
import org.pathways.platform.entity.Refusal;

/** The reflection journal for the signed-in teacher's pages (the API has its own). */
@WebServlet("/reflection/journal")
public class JournalServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ReflectionJournal journals;
  @Inject JournalPdf pdf;
  @Inject CurrentCaller current;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ReflectionJournal.Journal journal;
    try {
      journal =
          journals.of(
              current.get(),
              UuidConverter.parse(request.getParameter("enrollment")),
              clock.instant(),
              Readers.page(request));
    } catch (Refusal refusal) {
      response.sendError(404);
      return;
    }
    boolean asPdf = "pdf".equals(request.getParameter("format"));
    byte[] body =
        asPdf
            ? pdf.render(journal)
            : ReflectionJournal.markdown(journal).getBytes(StandardCharsets.UTF_8);
    response.setContentType(asPdf ? "application/pdf" : "text/markdown; charset=UTF-8");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"reflection-journal." + (asPdf ? "pdf" : "md") + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
