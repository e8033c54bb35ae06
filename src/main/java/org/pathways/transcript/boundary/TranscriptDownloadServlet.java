package org.pathways.transcript.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.boundary.RefusalStatus;
import org.pathways.platform.control.SpreadsheetCsv;
import org.pathways.platform.entity.Refusal;
import org.pathways.transcript.control.TranscriptCsv;
import org.pathways.transcript.control.TranscriptPdf;
import org.pathways.transcript.entity.Transcript;
import org.pathways.transcript.entity.TranscriptRange;

/**
 * The transcript page's "Download CSV" and "Download PDF", for the signed-in session (the API has
 * its own, by bearer token): the same facade and range, the error status of any refusal.
 */
@WebServlet({TranscriptLinks.CSV, TranscriptLinks.PDF})
public class TranscriptDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Transcripts transcripts;
  @Inject transient CurrentCaller current;
  @Inject transient java.time.Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = current.get();
    boolean asPdf = request.getServletPath().endsWith(".pdf");
    byte[] body;
    Transcript transcript;
    try {
      TranscriptRange range =
          transcripts.range(caller, request.getParameter("from"), request.getParameter("to"));
      if (asPdf) {
        transcript = transcripts.mineWithCode(caller, range);
        body = TranscriptPdf.render(transcript, Readers.page(request), clock.instant());
      } else {
        transcript = transcripts.mine(caller, range);
        body = TranscriptCsv.write(transcript).getBytes(StandardCharsets.UTF_8);
      }
    } catch (Refusal refusal) {
      response.sendError(RefusalStatus.of(refusal.kind()));
      return;
    }
    response.setContentType(asPdf ? TranscriptResource.PDF : SpreadsheetCsv.MEDIA_TYPE);
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition", TranscriptResource.disposition(transcript, asPdf ? "pdf" : "csv"));
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
