package org.pathways.report.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.RefusalStatus;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.platform.entity.Refusal;
import org.pathways.report.control.ReportCsv;
import org.pathways.report.entity.ReportRequest;

/**
 * The report page's "Download CSV", for the signed-in session (the API has its own, by bearer
 * token): the same facade, the same filters, the error status of any refusal.
 */
@WebServlet(ReportLinks.CSV)
public class ReportCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ProgramReports reports;
  @Inject transient CurrentCaller current;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ProgramReports.Report report;
    try {
      report =
          reports.report(
              current.get(),
              new ReportRequest(
                  request.getParameter("program"),
                  request.getParameter("district"),
                  request.getParameter("cohort"),
                  request.getParameter("from"),
                  request.getParameter("to")));
    } catch (Refusal refusal) {
      response.sendError(RefusalStatus.of(refusal.kind()));
      return;
    }
    byte[] body = ReportCsv.write(report.rows()).getBytes(StandardCharsets.UTF_8);
    response.setContentType(SpreadsheetCsv.MEDIA_TYPE);
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"program-report.csv\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
