package org.pathways.facilitation.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pathways.facilitation.entity.ProgressMatrix;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.boundary.RefusalStatus;
import org.pathways.platform.boundary.UuidConverter;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.platform.entity.Refusal;

/**
 * A cohort's progress as CSV for the signed-in page user (the API has its own), as the journal and
 * certificate downloads do: the page session says who asks.
 */
@WebServlet("/facilitation/progress.csv")
public class ProgressCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ProgressMatrices matrices;
  @Inject CurrentCaller current;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ProgressMatrix matrix;
    try {
      matrix =
          matrices.of(
              current.get(),
              UuidConverter.parse(request.getParameter("id")),
              request.getParameter("inactiveDays"));
    } catch (Refusal refusal) {
      response.sendError(RefusalStatus.of(refusal.kind()));
      return;
    }
    byte[] body = ProgressCsv.of(matrix, Readers.page(request)).getBytes(StandardCharsets.UTF_8);
    response.setContentType(SpreadsheetCsv.MEDIA_TYPE);
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + ProgressCsv.filename(matrix) + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
